### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## Lo que muestra todo comando
cli-error = error: { $message }
cli-warning = advertencia: { $message }
cli-left-out = … (se omitieron { $bytes } bytes más)
cli-audit-failed = registro de { $action } en el registro de auditoría (no se muestra nada hasta que quede registrado)
cli-opening-database = abriendo la base de datos { $url }
cli-starting-runtime = iniciando el entorno de ejecución asíncrono
cli-opening-file = abriendo { $file }
cli-dry-run = Ensayo: no se escribió nada.

## Los instrumentos
cli-instrument-untoc = Convención contra la Delincuencia Organizada (UNTOC)
cli-instrument-tip = Protocolo contra la trata de personas
cli-instrument-som = Protocolo contra el tráfico ilícito de migrantes
cli-instrument-firearms = Protocolo sobre armas de fuego

## palermo treaty
cli-treaty-not-a-date = { $value } no es una fecha AAAA-MM-DD
cli-treaty-unknown-region = región desconocida { $region }: se esperaba Africa, Americas, Asia, Europe u Oceania
cli-treaty-status-as-at = { $instrument }: situación al { $date }
cli-treaty-status-as-at-after = { $instrument }: situación al { $date } (no hay datos posteriores; se pidió { $asked })
cli-treaty-status-as-at-on = { $instrument }: situación al { $date }, mostrada tal como era el { $asked }
cli-treaty-not-a-file = { $file }: no es un archivo (indique la ruta de un cuadro de situación en CSV)
cli-treaty-rejected-errors =
    { $count ->
        [one] { $file } rechazado: { $count } error; no se importó nada
       *[other] { $file } rechazado: { $count } errores; no se importó nada
    }
cli-treaty-rejected = { $file } rechazado: { $reason }; no se importó nada
cli-treaty-read = { $instrument }: { $count } participantes leídos de { $file }, situación al { $date }.
cli-treaty-no-changes = Sin cambios respecto de los datos actuales.
cli-treaty-new-signature = nueva firma: { $participant }
cli-treaty-new-party = nueva parte: { $participant } ({ $kind }, { $date })
cli-treaty-changed = modificado: { $participant }
cli-treaty-removed = ya no figura: { $participant }
cli-treaty-renamed = nuevo nombre: { $old } → { $new }
cli-treaty-summary =
    { $signatures ->
        [one] { $signatures } nueva firma
       *[other] { $signatures } nuevas firmas
    }, { $parties ->
        [one] { $parties } nueva parte
       *[other] { $parties } nuevas partes
    }, { $changed } modificados, { $removed } retirados, { $renamed } con nuevo nombre, { $unchanged } sin cambios.
cli-treaty-nothing-recorded = No se registró nada (los mismos datos).
cli-treaty-col-participant = participante
cli-treaty-col-iso3 = iso3
cli-treaty-col-instrument = instr.
cli-treaty-col-signature = firma
cli-treaty-col-consent = consentimiento
cli-treaty-col-kind = tipo
cli-treaty-col-party = parte
cli-yes = sí
cli-no = no
cli-treaty-rows =
    { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, { $parties ->
        [one] { $parties } parte
       *[other] { $parties } partes
    }.

## palermo db
cli-db-backend = motor: { $value }
cli-db-database = base de datos: { $value }
cli-db-schema-version = versión del esquema: { $value }
cli-db-schema-version-none = versión del esquema: ninguna (base de datos nueva)
cli-db-binary = versión del programa: { $value }
cli-db-pending-none = pendientes: ninguna
cli-db-pending = pendientes: { $count }
cli-db-orphan-cells = celdas huérfanas: { $count } (celdas estadísticas cuyo conjunto de datos no está almacenado; se espera 0)
cli-db-reading-schema = leyendo el esquema de { $url }
cli-db-migrating = migrando { $url }
cli-db-migrated =
    { $count ->
        [one] { $location }: { $count } migración aplicada; esquema en la versión { $version }
       *[other] { $location }: { $count } migraciones aplicadas; esquema en la versión { $version }
    }
cli-db-backup-written = copia de seguridad escrita en { $file }
cli-db-pg-dump-found = pg_dump está en el PATH ({ $path })
cli-db-pg-dump-missing = pg_dump no está en el PATH: instale las herramientas cliente de PostgreSQL (Debian: postgresql-client)
cli-db-no-backup = no se escribió ninguna copia de seguridad: { $advice }; { $found }
cli-db-backing-up = copiando a { $file }
cli-db-opening-target = abriendo el destino { $url }
cli-db-migrating-target = migrando el destino { $url }
cli-db-copying = copiando { $source } a { $target }
cli-db-copied-table = { $table } { $rows } fila(s)  suma de control { $checksum }  (igual en ambas)
cli-db-copied = { $source } copiada a { $target }
cli-stats-read-sum-fits = leída como la suma de sus filas (los totales del país y año solo cuadran con la suma)
cli-stats-read-alternatives-fit = leída como valores alternativos (los totales solo cuadran con un valor único)
cli-stats-read-both-fit = leída como valores alternativos (los totales cuadran con ambas lecturas)
cli-stats-read-neither-fits = leída como valores alternativos (los totales no cuadran con ninguna lectura)
cli-stats-read-unchecked = leída como valores alternativos (ningún total ni desglose con que compararla)
cli-stats-readings = Leídas como sumas: { $sum }; como valores alternativos: { $alternatives } donde solo ellos cuadran, { $both } donde cuadran ambas lecturas, { $neither } donde no cuadra ninguna, { $unchecked } sin nada con que compararlas.
