### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

admin-accounts = Comptes
admin-accounts-help = Les nouveaux comptes sont créés sur le serveur avec
admin-col-state = État
admin-state-active = actif
admin-state-locked = verrouillé
admin-state-disabled = désactivé
admin-disable = Désactiver
admin-audit-trail = Journal d’audit
admin-audit-download = Télécharger tout le journal (CSV, avec les empreintes)
admin-audit-caption =
    { $count ->
        [one] L’entrée la plus récente
       *[other] Les { $count } entrées les plus récentes, de la plus récente à la plus ancienne
    }
admin-col-when = Quand
admin-col-who = Qui
admin-col-what = Quoi
admin-col-on = Sur
admin-col-from = Depuis
admin-chain-intact =
    { $entries ->
        [one] La chaîne est intacte : { $entries } entrée, son empreinte est { $hash }.
       *[other] La chaîne est intacte : { $entries } entrées, l’empreinte de la dernière est { $hash }.
    }
admin-chain-broken = La chaîne est rompue à l’entrée { $seq } : { $reason }.
admin-chain-truncated = La chaîne est rompue après l’entrée { $seq } : { $recorded } entrées avaient été enregistrées (des entrées ont été retirées de sa fin).
admin-not-yourself = Vous ne pouvez pas désactiver votre propre compte ici (utilisez palermo user disable).
admin-no-such-account = Aucun compte actif ne porte cet identifiant.
