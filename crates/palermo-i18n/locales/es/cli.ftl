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

## palermo mse
cli-mse-reading-stdin = leyendo la entrada estándar
cli-mse-reading = leyendo { $file }
cli-mse-errors = { $file }: { $count } errores (no se estimó nada):
cli-mse-and-more = … y { $count } más
cli-mse-terms-need-fixed = --terms requiere --method fixed
cli-mse-time-limit-bad = --time-limit { $value }: no es un número de segundos
cli-mse-header =
    { $count ->
        [one] { $file }: { $count } lista ({ $lists }), { $observed } observadas
       *[other] { $file }: { $count } listas ({ $lists }), { $observed } observadas
    }
cli-mse-method = Método:            { $method }
cli-mse-method-stepwise = por pasos (añade el par con el menor valor p de Poisson mientras p < { $threshold })
cli-mse-selected-model = Modelo elegido:    { $model }
cli-mse-estimate = Estimación:        { $estimate } personas ({ $unobserved } nunca observadas)
cli-mse-interval-wald = lognormal de Wald
cli-mse-interval-bounds = total observado, ningún modelo se ajusta
cli-mse-interval-bca-seed = bootstrap BCa ({ $replicates } réplicas, semilla { $seed })
cli-mse-empty-overlaps = Intersecciones vacías (θ = −∞):
cli-mse-p-empty = P(vacía por azar) = { $p }
cli-mse-models-tried = Modelos probados ({ $shown } mostrados de { $tried }):
cli-mse-col-interactions = interacciones
cli-mse-col-deviance = devianza
cli-mse-col-estimate = estimación
cli-mse-col-p-value = valor p
cli-mse-not-fitted = no ajustado: { $why }
cli-mse-other-methods = Otros métodos, uno al lado del otro (la elección del modelo domina la incertidumbre):

## Rechazos comunes a varios comandos
cli-nothing-imported = { $reason }; no se importó nada
cli-nothing-changed = { $reason }; no se cambió nada

## palermo serve
cli-serve-serving = Palermo se sirve en http://{ $addr } (base de datos { $database })
cli-serve-serving-on = sirviendo en { $addr }

## palermo cases
cli-cases-fewer-than = menos de { $k }
cli-cases-footer = total { $total }; { $primary } celda(s) por debajo de k={ $k } ocultada(s), { $secondary } más ocultada(s) contra la sustracción.
cli-cases-unknown-region = región desconocida «{ $region }»: se esperaba Africa, Americas, Asia, Europe, Oceania o una subregión
cli-cases-col-victims = víctimas
cli-cases-withheld = ocultado
cli-cases-export-warning = siguen { $count } filas de expedientes individuales; manténgalas en esta máquina (cifras públicas: palermo cases indicators)
cli-cases-source-rows = { $read } leídas, { $stored } guardadas, { $rejected } rechazadas

## palermo cases release, budget
cli-release-about = unos { $count } expedientes
cli-release-fewer-than = menos de { $count } expedientes
cli-release-withdrawn-on = retirada el { $date }
cli-release-epsilon-not-dp = --epsilon es para --method dp; no se publicó nada
cli-release-dp-needs-epsilon = --method dp requiere --epsilon E (por ejemplo 1); no se publicó nada
cli-release-refused = { $reason }; no se publicó nada
cli-release-made = publicación { $id } hecha: { $release }
cli-release-served = La web y la API ya la sirven; el número de expedientes se publica redondeado.
cli-release-none = aún no hay publicaciones; cree una con `palermo cases release create`
cli-release-withdrawn = publicación { $id } retirada: { $release }

## palermo user, token, audit
cli-user-reading-password = leyendo la contraseña de la entrada estándar
cli-user-password-stdin = la contraseña de la entrada estándar
cli-user-no-such-account = no existe esa cuenta (indique su id o correo electrónico, vea `palermo user list`)
cli-user-bad-email = --email: se esperaba una dirección de correo electrónico (una «@», sin espacios, como máximo 254 caracteres)
cli-user-bad-name = --name: se esperaban de 1 a 200 caracteres
cli-user-public-role = --role: el público no tiene cuenta
cli-user-needs-org = --org: una cuenta { $role } actúa para una organización (state:ISO3, un:NOMBRE, icat:NOMBRE o agency:NOMBRE)
cli-user-reviews-not-reviewer = --reviews: solo un examinador examina Estados
cli-user-bad-reviews = --reviews: se esperaban códigos ISO 3166-1 alfa-3 separados por comas
cli-user-created = cuenta { $id } creada ({ $role })
cli-user-password-once = contraseña (se muestra una sola vez): { $password }
cli-user-enrol-totp = una cuenta { $role } registra un segundo factor TOTP en /account tras el primer inicio de sesión
cli-user-already-disabled = la cuenta { $id } ya está desactivada
cli-user-disabled = cuenta { $id } desactivada: sus sesiones terminaron y sus tokens se revocaron
cli-user-password-reset = nueva contraseña establecida para la cuenta { $id }; sus sesiones terminaron
cli-token-bad-name = --name: se esperaban de 1 a 100 caracteres
cli-token-account-disabled = la cuenta { $id } está desactivada
cli-token-created = token { $id } creado ({ $scope }) para la cuenta { $account }
cli-token-once = token (se muestra una sola vez): { $token }
cli-token-no-live = no hay ningún token activo { $id } (vea `palermo token list`)
cli-token-revoked = token { $id } revocado
cli-audit-intact = registro de auditoría intacto: { $entries } entradas, última entrada { $last } con hash { $hash }
cli-audit-broken = registro de auditoría roto en la entrada { $seq }: { $reason }
cli-audit-truncated = registro de auditoría roto después de la entrada { $seq }: la cadena termina allí pero se habían registrado { $recorded } entradas (se quitaron entradas de su final)
cli-creating-file = creando { $file }

## palermo stats import, palermo cases import
cli-import-rows-rejected = filas rechazadas y no guardadas: { $count } (código de salida 3); las demás se han guardado
cli-import-writing-report = escritura del informe { $file }
cli-import-field = , campo { $field }
cli-import-rejected-row = rechazada: { $file }: { $location }{ $field }: { $reason }
cli-import-progress-rows = { $rows } filas
cli-import-rejected-rows-at = (filas rechazadas: { $file })
cli-import-strict = { $error }; --strict: se rechaza todo el archivo, no se ha importado nada
cli-import-file-rejected = { $error }; se rechaza el archivo, no se ha importado nada
cli-import-failed = la importación ha fallado; no se ha importado nada
cli-import-shrink = { $error } (revise el archivo y el informe; --force lo reemplaza de todos modos)
cli-import-nothing = { $error }; no se ha importado nada
cli-import-reading = lectura de { $file }
cli-import-what-cells = celdas
cli-import-what-case-records = fichas de casos
cli-import-summary = { $file }: filas leídas: { $read }; { $what } guardadas: { $stored }; rechazadas: { $rejected }; guardadas con una advertencia: { $warnings }{ $replaced }.
cli-import-replaced = ; se han reemplazado { $count } filas de la importación anterior de { $name }
cli-import-report-at = Filas rechazadas y advertencias (línea, campo, motivo): { $file }
cli-import-conflicts = Claves publicadas más de una vez: { $count } ({ $differ } con valores distintos); se conservan todas las filas, ninguna se suma ni se elige:
cli-import-conflicts-at-least = Claves publicadas más de una vez: al menos { $count } ({ $differ } con valores distintos); se conservan todas las filas, ninguna se suma ni se elige:
cli-import-more-conflicts = … y { $count } más (palermo stats conflicts --dataset { $dataset })
cli-import-more-conflicts-at-least = … y al menos { $count } más (palermo stats conflicts --dataset { $dataset })
cli-import-line-value = línea { $line }: { $value }

## palermo stats
cli-stats-empty-name = un nombre vacío; indique un nombre corto como police-2024
cli-stats-bad-name = un nombre de 100 caracteres como máximo, sin caracteres de control
cli-stats-loading-bundled = carga de las estadísticas GLOTIP incluidas
cli-stats-conflicts-count = Claves publicadas más de una vez en { $dataset }: { $count }.
cli-stats-years-span = { $first }-{ $last } ({ $count } años)
cli-stats-col-value = valor
cli-stats-col-per-100k = por 100 000
cli-stats-col-countries = países
cli-stats-col-years = años
cli-stats-no-data = (no hay datos para esta selección: un dato que falta no es un cero)
cli-stats-note-range = * un intervalo: la UNODC publica los recuentos pequeños como «<5» (de 1 a 4 cada uno) y no se adivinan.
cli-stats-note-conflict = ! una clave publicada más de una vez con valores distintos aporta su intervalo (palermo stats conflicts).

## palermo linkage
cli-linkage-threads = no se pueden iniciar los hilos de trabajo
cli-linkage-secret-unreadable = { $file }: no se puede leer el archivo del secreto
cli-linkage-secret-short = { $file }: el secreto tiene { $bytes } bytes; se necesitan al menos { $min }
cli-linkage-schema-unreadable = { $file }: no se puede leer el esquema
cli-linkage-schema-invalid = { $file }: esquema de vinculación no válido
cli-linkage-progress = registros ({ $rate }, quedan { $eta })
cli-linkage-encoding = codificación
cli-linkage-matching = emparejamiento
cli-linkage-histogram = histograma
cli-linkage-no-keys = { $file }: no se pueden derivar las claves
cli-linkage-identifiers-unreadable = { $file }: no se puede abrir el archivo de identificadores
cli-linkage-header-unreadable = { $file }: no se puede leer la fila de encabezado
cli-linkage-header-mismatch = { $file }: el encabezado no coincide con { $schema }
cli-linkage-line = línea { $line }
cli-linkage-record-unreadable = { $file }{ $line }: no se puede leer el registro ({ $reason })
cli-linkage-empty-list = { $file }: la lista está vacía (un encabezado y ningún registro)
cli-linkage-bad-records = { $file }: registros erróneos: { $count }; no se ha escrito ningún CLK
cli-linkage-bad-value = { $file }{ $line }, columna «{ $column }»: { $reason }
cli-linkage-field-count = { $file }{ $line }: tiene { $found } campos, el esquema tiene { $expected }
cli-linkage-clks-unwritable = { $file }: no se pueden escribir los CLK
cli-linkage-no-clk = ningún CLK que escribir
cli-linkage-encoded = { $count } registros de { $file } codificados en { $output } en { $seconds } s ({ $rate } registros/s); densidad media { $density }
cli-linkage-dense = los CLK tienen de media el { $percent } % de sus bits a 1. Por encima de la mitad aproximadamente, los CLK de filtro de Bloom son más fáciles de atacar (análisis de frecuencias y de patrones) y registros sin relación ya se parecen; considere menos bitsPerFeature/bitsPerToken, un l más largo o xor_folds (véase README, Privacy-preserving record linkage).
cli-linkage-more-bad-records = { $file }: … y { $count } registros erróneos más
cli-linkage-not-utf8 = el campo { $field } no es UTF-8 válido
cli-linkage-input-error = error de entrada
cli-linkage-malformed-csv = CSV mal formado
cli-linkage-identical = { $file }: { $shared } de { $records } registros comparten su CLK con otro registro (grupos de CLK idénticos: { $groups }). CLK idénticos significan identificadores idénticos: la misma persona inscrita dos veces, o un valor de relleno como «unknown» en un campo de nombre o de fecha, que hace que todos esos registros parezcan una sola persona para `linkage match`. Deje vacíos los valores desconocidos (el missingValue del esquema) o elimine los duplicados antes de codificar.
cli-linkage-more = … { $count } más
cli-linkage-one-clk = { $file }: { $count } registros con un mismo CLK: { $lines }
cli-linkage-more-groups = { $file }: … y { $count } grupos más
cli-linkage-clks-unreadable = { $file }: no se puede leer el archivo de CLK
cli-linkage-clks-invalid = { $file }: archivo de CLK no válido
cli-linkage-bits-differ = { $file }: CLK de { $bits } bits, pero { $first } contiene CLK de { $first_bits } bits: ¿se codificaron con el mismo esquema?
cli-linkage-names-count = --names da { $names } nombres para { $lists } listas
cli-linkage-bad-list-name = el nombre de lista { $name } no puede ser un nombre de columna: elija otros con --names
cli-linkage-same-list-name = dos listas se llaman { $name }: póngales nombre con --names a,b,…
cli-linkage-bad-threshold = --threshold debe ser mayor que 0 y como máximo 1, no { $value }
cli-linkage-cannot-link = no se pueden vincular estas listas
cli-linkage-matches-unwritable = { $file }: no se pueden escribir los emparejamientos
cli-linkage-histories-unwritable = { $file }: no se pueden escribir los historiales de captura
cli-linkage-matched = { $lists } listas, { $clusters } grupos, { $pairs } pares emparejados, { $individuals } individuos; { $considered } pares examinados, { $computed } coeficientes de Dice calculados en { $seconds } s ({ $rate } M pares/s, núcleo { $kernel }, { $threads } hilos)
cli-linkage-bad-floor = --floor debe estar entre 0 y 1, no { $value }
cli-linkage-report-lists = Listas
cli-linkage-report-list = { $name }: { $clks } CLK de { $bits } bits, densidad media { $density }
cli-linkage-report-matches = Emparejamientos con umbral { $threshold } (solucionador { $solver }, bloqueo { $blocking })
cli-linkage-report-pair = par de listas
cli-linkage-report-candidates = candidatos
cli-linkage-report-matched = emparejados
cli-linkage-report-clusters = grupos: { $clusters }; individuos observados: { $individuals }
cli-linkage-report-histories = Historiales de captura (entrada de palermo mse)
cli-linkage-report-dice = Coeficientes de Dice de todos los pares, { $a } × { $b }
cli-linkage-report-dice-floor = Coeficientes de Dice de todos los pares, { $a } × { $b } ({ $below } pares por debajo de { $floor } sin clasificar)
cli-linkage-report-threshold = umbral
