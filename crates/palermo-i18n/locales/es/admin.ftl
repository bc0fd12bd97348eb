### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

admin-accounts = Cuentas
admin-accounts-help = Las cuentas nuevas se crean en el servidor con
admin-col-state = Estado
admin-state-active = activa
admin-state-locked = bloqueada
admin-state-disabled = desactivada
admin-disable = Desactivar
admin-audit-trail = Registro de auditoría
admin-audit-download = Descargar todo el registro (CSV, con los hashes)
admin-audit-caption =
    { $count ->
        [one] La entrada más reciente
       *[other] Las { $count } entradas más recientes, de la más nueva a la más antigua
    }
admin-col-when = Cuándo
admin-col-who = Quién
admin-col-what = Qué
admin-col-on = Sobre
admin-col-from = Desde
admin-chain-intact =
    { $entries ->
        [one] La cadena está intacta: { $entries } entrada, su hash es { $hash }.
       *[other] La cadena está intacta: { $entries } entradas, el hash de la última es { $hash }.
    }
admin-chain-broken = La cadena está rota en la entrada { $seq }: { $reason }.
admin-chain-truncated = La cadena está rota después de la entrada { $seq }: se habían registrado { $recorded } entradas (se quitaron entradas de su final).
admin-not-yourself = No puede desactivar su propia cuenta aquí (use palermo user disable).
admin-no-such-account = No hay ninguna cuenta activa con este identificador.
