# The administration pages (palermo-web/src/admin): the accounts and the
# audit trail.

admin-accounts = Accounts
admin-accounts-help = New accounts are created on the server with
admin-col-state = State
admin-state-active = active
admin-state-locked = locked
admin-state-disabled = disabled
admin-disable = Disable
admin-audit-trail = Audit trail
admin-audit-download = Download the whole trail (CSV, with hashes)
admin-audit-caption =
    { $count ->
        [one] The most recent entry
       *[other] The { $count } most recent entries, newest first
    }
admin-col-when = When
admin-col-who = Who
admin-col-what = What
admin-col-on = On
admin-col-from = From
admin-chain-intact =
    { $entries ->
        [one] The chain is intact: { $entries } entry, its hash is { $hash }.
       *[other] The chain is intact: { $entries } entries, the last one's hash is { $hash }.
    }
admin-chain-broken = The chain is broken at entry { $seq }: { $reason }.
admin-chain-truncated = The chain is broken after entry { $seq }: { $recorded } entries were recorded (entries removed from its end).
admin-not-yourself = You cannot disable your own account here (use palermo user disable).
admin-no-such-account = There is no active account with this id.
