### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## El marco de clap
help-heading-usage = Uso
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-usage-options = [OPCIONES]
help-usage-command = <COMANDO>
help-usage-command-optional = [COMANDO]
help-note-env = [variable de entorno: { $name }]
help-note-default = [por defecto: { $value }]
help-note-possible-values = [valores posibles: { $values }]
help-note-possible-values-heading = Valores posibles:
help-flag-help = Mostrar la ayuda
    .summary-more = Mostrar la ayuda (más con «--help»)
    .long-summary = Mostrar la ayuda (un resumen con «-h»)
help-flag-version = Mostrar la versión
help-cmd-help = Mostrar este mensaje o la ayuda de los subcomandos indicados

## Los rechazos de clap
help-error-lang = se esperaba ar, zh, en, fr, ru o es (los seis idiomas de las Naciones Unidas)
help-error-invalid-value = valor no válido para { $arg } (valores posibles: { $values })
help-error-value-validation = valor no válido para { $arg }: { $reason }
help-error-unknown-argument = argumento inesperado { $arg }
help-error-invalid-subcommand = subcomando desconocido { $arg }
help-error-no-equals = { $arg } espera su valor tras un signo igual (=)
help-error-too-many-values = demasiados valores para { $arg }
help-error-wrong-number = número de valores incorrecto para { $arg }
help-error-argument-conflict = { $arg } no puede usarse con { $other }
help-error-missing-required = falta un argumento obligatorio: { $arg }
help-error-missing-subcommand = se requiere un subcomando
help-error-invalid-utf8 = un argumento no es UTF-8 válido
help-error-other = no se pudo leer la línea de comandos
help-error-more = Para más información, pruebe «--help».

## palermo
help-palermo = Palermo: estado de los tratados, estadísticas de la trata, vinculación de registros y estimación por sistemas múltiples para la lucha contra la trata de personas
    .long =
        Palermo: estado de los tratados, estadísticas de la trata, vinculación de registros y estimación por sistemas múltiples para la lucha contra la trata de personas.

        Todos los comandos usan la misma base de datos: el archivo SQLite `palermo.db` del directorio de trabajo, salvo que `--db` o `PALERMO_DB` indique otro archivo (`RUTA` o `sqlite:RUTA`) o una base PostgreSQL (`postgres://usuario:contraseña@servidor:puerto/base`). El primer comando que abre una base nueva la crea, la migra y le carga los datos de referencia incluidos.
help-arg-db = Base de datos: un archivo SQLite (`RUTA` o `sqlite:RUTA`, creado, migrado y cargado en el primer uso) o `postgres://usuario:contraseña@servidor:puerto/base` (migrada y cargada en el primer uso). Prefiera `PALERMO_DB` para una URL con contraseña: una línea de comandos es visible para otros usuarios
help-arg-lang = Idioma de los mensajes y de esta ayuda: ar, zh, en, fr, ru o es (por defecto: la configuración regional POSIX, LC_ALL, LC_MESSAGES o LANG, si indica uno de los seis; si no, el inglés)
help-serve = Servir la plataforma web y la API JSON (http://127.0.0.1:8080 por defecto)
help-serve-addr = Dirección de escucha
help-treaty = Seguimiento de los tratados: estado de la Convención y sus Protocolos
help-stats = Estadísticas nacionales (GLOTIP de la UNODC): importación, indicadores, conflictos
help-cases = Expedientes de víctimas (HTCDS / CTDC): importación, indicadores protegidos
help-mse = Estimación por sistemas múltiples: estimar el número oculto de víctimas a partir de las coincidencias entre listas
    .after =
        ENTRADA: un CSV (coma, punto y coma o tabulación) con una columna 0/1 por lista y una columna `count` (las filas en cero pueden omitirse, los duplicados se suman y el informe dice cuáles); o una fila por persona con columnas 0/1 y sin recuento; o dos columnas `id,list`, una fila por aparición. `-` lee la entrada estándar.

        EJEMPLOS:
          palermo mse UKdat.csv
          palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json
          palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA
help-linkage = Vinculación de registros que preserva la privacidad, con CLK (filtros de Bloom)
help-db = La base de datos: estado, migraciones, copia de seguridad
help-user = Cuentas: alta, lista, desactivación, restablecimiento de la contraseña (aquí se crea el primer administrador; no hay contraseña por defecto)
help-token = Tokens de API para scripts: creación (se muestra una sola vez), lista, revocación
help-audit = El registro de auditoría: verificar su cadena de hashes, exportarlo en CSV

## palermo treaty
help-treaty-status = Quién ha firmado, ratificado o se ha adherido, y quién aún no
    .long =
        Quién ha firmado, ratificado o se ha adherido, y quién aún no.

        Muestra una fila por participante e instrumento. Los objetos JSON tienen las claves participant, iso3, instrument, signature_date, consent_date, consent_type y party; las fechas son AAAA-MM-DD o null.
help-treaty-status-instrument = Solo este instrumento: untoc, tip, som o firearms (por defecto: los cuatro)
help-treaty-status-not_party = Solo los Estados Miembros de las Naciones Unidas que no son partes (incluidos los que no han realizado ninguna acción)
help-treaty-status-region = Solo los participantes de esta región de las Naciones Unidas (Africa, Americas, Asia, Europe, Oceania)
help-treaty-status-as_of = El estado tal como era en esta fecha (AAAA-MM-DD), según las fechas de las acciones
help-treaty-status-format = Formato de salida
help-treaty-status-format-table = Columnas alineadas, para leer
help-treaty-status-format-csv = CSV con una fila de encabezado
help-treaty-status-format-json = Una matriz JSON, un objeto por participante
help-treaty-import = Cargar una instantánea más reciente del estado de un instrumento (atómica, idempotente) y mostrar lo que cambió. Se rechaza una instantánea más antigua que los datos actuales
    .long =
        Cargar una instantánea más reciente del estado de un instrumento (atómica, idempotente) y mostrar lo que cambió. Se rechaza una instantánea más antigua que los datos actuales.

        FILE es o bien la tabla de estado de la Colección de Tratados de las Naciones Unidas guardada como CSV (columnas Participant, Signature (firma) y la columna del consentimiento cuyas fechas llevan las marcas a/A/AA/d/c; se quitan los números de nota tras los nombres) o bien el CSV de Palermo: participant,iso3,signature_date,consent_date,consent_type con fechas AAAA-MM-DD. Una sola fila no válida hace rechazar todo el archivo y la base de datos queda sin cambios.
help-treaty-import-file = La tabla de estado (CSV)
help-treaty-import-instrument = untoc, tip, som o firearms
help-treaty-import-as_of = La fecha «estado al» de la instantánea (AAAA-MM-DD)
help-treaty-import-format = Disposición de FILE
help-treaty-import-format-auto = Detectar por el encabezado
help-treaty-import-format-untc = La tabla de estado de la Colección de Tratados de las Naciones Unidas (Participant, Signature (firma), Ratification (ratificación)…)
help-treaty-import-format-palermo = El CSV de Palermo (participant, iso3, signature_date (fecha de firma), consent_date, consent_type)
help-treaty-import-allow_removals = Aceptar una instantánea que omite participantes de los datos actuales (rechazada por defecto: las tablas de estado de las Naciones Unidas nunca eliminan un participante, así que tal archivo suele estar truncado o ser de otro instrumento)
help-treaty-import-dry_run = Comprobar el archivo y mostrar lo que cambiaría, sin escribir nada
help-treaty-export = Escribir el estado actual de un instrumento en el CSV de Palermo (reimportable)
help-treaty-export-instrument = untoc, tip, som o firearms

## palermo mse
help-mse-file = Tabla de historiales de captura o archivo de registros (CSV); `-` para la entrada estándar
help-mse-method = Método de selección del modelo
help-mse-method-stepwise = Regla paso a paso de SparseMSE: añadir el par con el menor valor p de Poisson mientras esté por debajo de --threshold
help-mse-method-aic = AIC paso a paso hacia adelante
help-mse-method-bic = Menor BIC entre todos los modelos jerárquicos de orden 2 (k ≤ 6)
help-mse-method-main = Solo efectos principales (listas independientes)
help-mse-method-fixed = Las interacciones dadas con --terms
help-mse-terms = Interacciones para --method fixed, p. ej. `A:B,C:D` (nombres de las listas según el encabezado)
help-mse-threshold = Umbral del valor p de la regla paso a paso
help-mse-bootstrap = Bootstrap BCa con este número de réplicas (la selección del modelo se rehace en cada una)
help-mse-seed = Semilla del bootstrap (los resultados son reproducibles para una semilla dada)
help-mse-level = Cobertura de los intervalos
help-mse-no_profile = Omitir el intervalo de verosimilitud perfil
help-mse-time_limit = Detenerse con un error tras este número de segundos (por defecto: sin límite). El jackknife del bootstrap rehace la selección del modelo una vez por historial observado, lo que tarda con muchas listas
help-mse-format = Formato de salida
help-mse-format-table = Informe legible
help-mse-format-json = Un objeto JSON (estimate, observed, terms, empty_overlaps, intervals, models, …)

## palermo db
help-db-status = Motor, versión del esquema y migraciones pendientes (no se escribe nada en la base de datos)
help-db-migrate = Aplica las migraciones pendientes (todo comando también lo hace, al abrir)
help-db-backup = Escribe una copia coherente de una base SQLite en FILE (en línea: `VACUUM INTO`). Para PostgreSQL, indica cómo lo hace `pg_dump`
help-db-backup-file = El archivo de copia (no debe existir; se crea legible solo por su propietario)
help-db-copy = Copia todas las tablas en una base vacía de cualquiera de los dos motores (para pasar de SQLite a PostgreSQL), verificada tabla por tabla por el número de filas y una suma de control del contenido; el destino se migra primero y queda vacío si algo difiere
help-db-copy-to = El destino: un archivo SQLite nuevo o `postgres://…` de una base vacía (o `PALERMO_COPY_TO`, para no poner una contraseña en la línea de comandos)

## palermo audit
help-audit-verify = Comprobar la cadena de hashes del registro de auditoría: muestra su longitud y su último hash (anótelos fuera de la base de datos para comparar más tarde), o nombra la primera entrada que no se sostiene y termina con 1
help-audit-export = Escribir el registro de auditoría (tal como está almacenado, con sus hashes) en CSV en la salida estándar o en --output
help-audit-export-format = Formato de salida (csv)
help-audit-export-format-csv = Valores separados por comas (RFC 4180)
help-audit-export-output = Escribir en este archivo en lugar de la salida estándar (creado con 0600)

## palermo user
help-user-add = Crear una cuenta. La contraseña se lee de la primera línea de la entrada estándar con --password-stdin; si no, se genera una y se muestra una sola vez (solo se guarda su hash Argon2id)
help-user-add-email = Dirección de correo electrónico (el nombre de inicio de sesión; única, comparada en minúsculas)
help-user-add-name = Nombre visible
help-user-add-role = public, data-provider, national-focal-point, reviewer, analyst o administrator
help-user-add-org = La organización en cuyo nombre actúa la cuenta: state:ISO3, un:NOMBRE, icat:NOMBRE o agency:NOMBRE (obligatoria para proveedores de datos, puntos focales y revisores)
help-user-add-reviews = Para un revisor: los Estados cuyas respuestas lee (códigos ISO 3166-1 alfa-3, separados por comas)
help-user-add-password_stdin = Leer la contraseña de la entrada estándar en lugar de generarla
help-user-list = Listar las cuentas (sin secretos)
help-user-disable = Desactivar una cuenta: sus sesiones terminan y sus tokens se revocan
help-user-disable-user = El identificador o el correo electrónico de la cuenta
help-user-reset-password = Establecer una nueva contraseña (de la entrada estándar con --password-stdin; si no, generada y mostrada una sola vez); termina las sesiones de la cuenta y levanta un bloqueo
help-user-reset-password-user = El identificador o el correo electrónico de la cuenta
help-user-reset-password-password_stdin = Leer la contraseña de la entrada estándar en lugar de generarla
help-user-reset-password-remove_totp = Eliminar también el segundo factor TOTP de la cuenta (dispositivo perdido): se vuelve a registrar en su próximo inicio de sesión

## palermo token
help-token-create = Crear un token de API para una cuenta, mostrado una sola vez (solo se guarda su SHA-256). Los scripts lo envían como `Authorization: Bearer TOKEN`
help-token-create-user = El identificador o el correo electrónico de la cuenta
help-token-create-name = Un nombre para reconocerlo
help-token-create-scope = read (por defecto) o read-write
help-token-list = Listar los tokens (nunca sus secretos)
help-token-revoke = Revocar un token: deja de funcionar de inmediato
help-token-revoke-id = El identificador del token (de `token list`)

## palermo linkage
help-linkage-encode = Codificar un CSV de identificadores en CLK (compatible con clkhash 0.18)
    .long =
        Codificar un CSV de identificadores en CLK (compatible con clkhash 0.18).

        Se ejecuta sin conexión en la máquina del titular de los datos. La cabecera del CSV debe nombrar las características del esquema en orden. Escribe el JSON de clkhash ({"{"}"clks": [base64, …]{"}"}), un CLK por registro en el orden del archivo.
help-linkage-encode-identifiers = Identificadores: CSV con una fila de cabecera que coincide con las características del esquema
help-linkage-encode-schema = Esquema de vinculación (JSON de clkhash, versión 1, 2 o 3)
help-linkage-encode-secret_file = Archivo que contiene el secreto compartido (al menos 16 bytes; se ignora un salto de línea final). Nunca se muestra
help-linkage-encode-output = Archivo de salida de los CLK
help-linkage-encode-no_validate = No validar los valores con los formatos del esquema (--no-validate de clkhash)
help-linkage-encode-threads = Hilos de trabajo (por defecto: todos los núcleos)
help-linkage-encode-quiet = Sin barra de progreso
help-linkage-match = Emparejar archivos de CLK: pares candidatos por coeficiente de Dice, emparejamiento voraz uno a uno, grupos a través de k listas
    .long =
        Emparejar archivos de CLK: pares candidatos por coeficiente de Dice, emparejamiento voraz uno a uno, grupos a través de k listas.

        Escribe una fila CSV por par emparejado (file_a, index_a, file_b, index_b, similarity; posiciones de registro desde 0) y, con --capture-histories, la tabla que lee `palermo mse`.
help-linkage-match-clks = Archivos de CLK, uno por lista (JSON de clkhash). Dos o más
help-linkage-match-threshold = Coeficiente de Dice que necesita un par para ser candidato (0 < T ≤ 1)
help-linkage-match-names = Nombres de las listas, separados por comas (por defecto: los nombres de archivo sin extensión). Se usan como nombres de columna de los historiales de captura
help-linkage-match-solver = Solucionador: `greedy` (greedy_solve de anonlink) o `probabilistic` (probabilistic_greedy_solve de anonlink con --merge-threshold)
help-linkage-match-merge_threshold = Proporción de pares entre dos grupos que deben ser candidatos para que se fusionen (solo el solucionador probabilístico)
help-linkage-match-blocking = Generación de candidatos: `none` (exacta: cada par dentro de la cota de popcount) o `lsh` (muestreo de bits LSH de Hamming: más rápido en listas grandes, omite algunos pares)
help-linkage-match-lsh_tables = LSH: número de tablas hash
help-linkage-match-lsh_bits = LSH: bits muestreados por tabla
help-linkage-match-lsh_seed = LSH: semilla de las posiciones muestreadas
help-linkage-match-threads = Hilos de trabajo (por defecto: todos los núcleos)
help-linkage-match-kernel = Núcleo de popcount: auto, avx512, avx2, popcnt o portable
help-linkage-match-output = CSV de los pares emparejados (por defecto: la salida estándar)
help-linkage-match-capture_histories = Escribir también aquí los historiales de captura, en el formato de entrada de `palermo mse`
help-linkage-report = Recuentos de solapamiento por par de listas e histograma de similitudes, para elegir el umbral
help-linkage-report-clks = Archivos de CLK, uno por lista (JSON de clkhash). Dos o más
help-linkage-report-threshold = Coeficiente de Dice que necesita un par para ser candidato (0 < T ≤ 1)
help-linkage-report-names = Nombres de las listas, separados por comas (por defecto: los nombres de archivo sin extensión). Se usan como nombres de columna de los historiales de captura
help-linkage-report-solver = Solucionador: `greedy` (greedy_solve de anonlink) o `probabilistic` (probabilistic_greedy_solve de anonlink con --merge-threshold)
help-linkage-report-merge_threshold = Proporción de pares entre dos grupos que deben ser candidatos para que se fusionen (solo el solucionador probabilístico)
help-linkage-report-blocking = Generación de candidatos: `none` (exacta: cada par dentro de la cota de popcount) o `lsh` (muestreo de bits LSH de Hamming: más rápido en listas grandes, omite algunos pares)
help-linkage-report-lsh_tables = LSH: número de tablas hash
help-linkage-report-lsh_bits = LSH: bits muestreados por tabla
help-linkage-report-lsh_seed = LSH: semilla de las posiciones muestreadas
help-linkage-report-threads = Hilos de trabajo (por defecto: todos los núcleos)
help-linkage-report-kernel = Núcleo de popcount: auto, avx512, avx2, popcnt o portable
help-linkage-report-bins = Intervalos del histograma sobre [0, 1]
help-linkage-report-floor = Umbral inferior del histograma: los pares por debajo se cuentan, no se clasifican (0 clasifica cada par; un umbral inferior más alto permite a la cota de popcount ahorrar trabajo)

## palermo cases
help-cases-import = Importar expedientes de víctimas del archivo de un organismo, en una sola transacción
    .long =
        Importar expedientes de víctimas del archivo de un organismo, en una sola transacción.

        Cada fila se valida; las filas válidas se guardan, las rechazadas van a un informe (el nombre de FILE + `.rejected.csv`, o --report) con línea, campo y motivo. Reimportar la misma --source reemplaza sus expedientes, pero nunca los reduce en silencio: una reimportación que rechaza más del 1 % de sus filas, o que conserva menos de la mitad de los expedientes guardados, se rechaza sin --force. Código de salida como en `stats import` (0 todo guardado, 3 filas rechazadas, 1 nada importado). Los archivos con una columna que identifica a una persona (nombres, fechas de nacimiento, números de documentos, datos de contacto, direcciones, coordenadas) se rechazan enteros.
help-cases-import-file = El archivo (UTF-8)
help-cases-import-source = Nombre del organismo o del conjunto de datos (reimportar una fuente la reemplaza)
help-cases-import-format = Estructura de FILE
help-cases-import-format-ctdc = Microdatos del CTDC: la estructura del Global Synthetic Dataset 2024 (coma) o del antiguo Global Dataset k-anonimizado (punto y coma), según los nombres de columna
help-cases-import-format-htcds-csv = Campos HTCDS 2.0 como columnas CSV (`prs_Gender`, `vic_TypeOfExploitation` …)
help-cases-import-format-htcds-json = Campos HTCDS 2.0 como matriz JSON de objetos o JSON Lines
help-cases-import-strict = Rechazar todo el archivo en la primera fila no válida
help-cases-import-force = Reemplazar la fuente aunque se rechace más del 1 % de las filas o la nueva versión tenga menos de la mitad de los expedientes guardados (se rechaza si no)
help-cases-import-report = Dónde escribir las filas rechazadas (CSV)
help-cases-indicators = Recuentos de víctimas a partir de los expedientes, para el titular de los datos en el archivo de la base de datos: recuentos exactos, celdas por debajo de k ocultas (y bastantes otras para que ninguna se pueda recuperar a partir del total). Los mismos filtros que `stats indicators`, para comparar con las estadísticas nacionales. No publicarlos nunca: el público recibe publicaciones (`cases release create`)
help-cases-indicators-from = Primer año (incluido): cuatro cifras, de 1900 a 2100
help-cases-indicators-to = Último año (incluido): cuatro cifras, de 1900 a 2100
help-cases-indicators-country = País: código ISO 3166-1 alfa-3, como MDA (un nombre se rechaza indicando su código)
help-cases-indicators-region = Región o subregión de la UNODC ("Europe", "Sub-Saharan Africa")
help-cases-indicators-sex = Sexo: female, male, other, unknown (por defecto: todos)
help-cases-indicators-age = Grupo de edad: child (0-17), adult (18+), unknown (por defecto: todos)
help-cases-indicators-form = Forma de explotación: sexual, forced-labour, other
help-cases-indicators-by = Agrupar por: year, sex, age, form, country, citizenship, region (separados por comas para varios)
help-cases-indicators-format = Formato de salida
help-cases-indicators-format-table = Columnas alineadas, para leer
help-cases-indicators-format-csv = CSV con una fila de encabezado
help-cases-indicators-format-json = Una matriz JSON de filas
help-cases-indicators-source = Solo los expedientes de esta fuente
help-cases-indicators-k = Umbral de celdas pequeñas k (al menos 3)
help-cases-sources = Las fuentes guardadas
help-cases-release = Publicaciones: la única forma pública de las tablas de expedientes de víctimas (create, list, withdraw)
help-cases-release-create = Hacer una publicación: calcular ahora las tablas públicas de una dimensión (total; por año, sexo, edad, forma, país, nacionalidad) a partir de todos los expedientes reunidos, protegerlas y guardarlas congeladas. La web y la API la sirven después; las importaciones no cambian nada público hasta la siguiente publicación
help-cases-release-create-method = cell-key (por defecto) o dp
help-cases-release-create-method-cell-key = Supresión de celdas pequeñas y ruido por clave de celda (±2), el mismo para los mismos expedientes
help-cases-release-create-method-dp = Privacidad diferencial (Laplace discreto de OpenDP) con --epsilon, cargada al presupuesto de privacidad de cada fuente
help-cases-release-create-epsilon = Pérdida de privacidad de una publicación --method dp (un número positivo, como 0.5, 1 o 2), cargada al presupuesto de cada fuente
help-cases-release-create-note = Una nota para los lectores (mostrada con la publicación)
help-cases-release-list = Listar las publicaciones, de la más reciente a la más antigua
help-cases-release-withdraw = Retirar una publicación: deja de servirse (su ε sigue gastado)
help-cases-release-withdraw-id = El número de la publicación
help-cases-budget = El presupuesto de privacidad que gastan las publicaciones con privacidad diferencial
help-cases-budget-set = Fijar el presupuesto de privacidad (ε total sobre todas las publicaciones) de una fuente, o de cada fuente guardada
help-cases-budget-set-epsilon = ε total (un número positivo)
help-cases-budget-set-source = Solo esta fuente
help-cases-budget-show = Mostrar el presupuesto de cada fuente, el ε gastado y el ε restante
help-cases-export = Escribir los expedientes en bruto (una fila por víctima) como CSV en la salida estándar. Datos individuales: solo para el titular de los datos en su propio archivo de base de datos; no publicarlos nunca (usar `cases indicators`, que protege las celdas pequeñas)
help-cases-export-source = Solo los expedientes de esta fuente

## palermo stats
help-stats-import = Importar estadísticas nacionales (datos por país del GLOTIP de la UNODC) en una sola transacción
    .long =
        Importar estadísticas nacionales (datos por país del GLOTIP de la UNODC) en una sola transacción.

        Cada fila se valida; las filas válidas se guardan, las rechazadas se escriben con su línea, campo y motivo en un informe (el nombre de FILE + `.rejected.csv` en el directorio de trabajo, o --report). Reimportar un conjunto de datos lo reemplaza (sin duplicados), pero nunca lo reduce en silencio: una reimportación que rechaza más del 1 % de sus filas, o que conserva menos de la mitad de las filas guardadas, se rechaza sin --force. Las claves publicadas más de una vez se conservan todas y se listan como conflictos.

        Código de salida: 0 si se guardaron todas las filas; 3 si se rechazaron filas (las demás se guardan; véase el informe); 1 si no se importó nada.
help-stats-import-file = El archivo (CSV, UTF-8)
help-stats-import-format = Estructura de FILE (por defecto: glotip-xlsx para un archivo `.xlsx`, glotip-csv en otro caso)
help-stats-import-format-glotip-csv = El CSV del portal de datos GLOTIP de la UNODC (13 columnas, `txtVALUE` con "<5")
help-stats-import-format-glotip-xlsx = El libro de Excel del portal de datos (`data_glotip.xlsx`): la primera hoja, las mismas columnas que el CSV; las filas se numeran como en la hoja
help-stats-import-dataset = Nombre del conjunto de datos (reimportar un nombre lo reemplaza; la tabla incluida es `glotip`)
help-stats-import-force = Reemplazar el conjunto de datos aunque se rechace más del 1 % de las filas o la nueva versión tenga menos de la mitad de las filas guardadas (se rechaza si no)
help-stats-import-report = Dónde escribir las filas rechazadas y las advertencias (CSV)
help-stats-import-as_of = La fecha de los datos (AAAA-MM-DD: publicación o última actualización de la fuente), guardada con el conjunto de datos y mostrada con sus cifras
help-stats-indicators = Víctimas detectadas, enjuiciamientos, condenas …: totales con cobertura, intervalos censurados y tasas por 100.000
    .long =
        Víctimas detectadas, enjuiciamientos, condenas …: totales con cobertura, intervalos censurados y tasas por 100.000.

        Los totales suman una celda por país y año; las celdas "<5" cuentan como 1–4, de modo que los totales son intervalos cuando una contribuye (JSON: "censored": true con "value_min" y "value_max", "value" null). Los datos que faltan no son cero: cada fila lista los países y años que abarca. Los agregados regionales de la UNODC no se suman.
help-stats-indicators-dataset = Solo este conjunto de datos (por defecto: todos; el incluido es `glotip`)
help-stats-export = Exportar las víctimas detectadas para la base de datos mundial de los ODS de las Naciones Unidas (indicador 16.2.2) en SDMX-CSV 1.0: flujo de datos IAEG-SDGs:DF_SDG_GLH, las dimensiones de la DSD de los ODS en orden, las series VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP y sus series por 100.000 (terminadas en R), los códigos de zona M49, los códigos SEX y AGE de las listas de códigos de los ODS
    .long =
        Exportar las víctimas detectadas para la base de datos mundial de los ODS de las Naciones Unidas (indicador 16.2.2) en SDMX-CSV 1.0: flujo de datos IAEG-SDGs:DF_SDG_GLH, las dimensiones de la DSD de los ODS en orden, las series VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP y sus series por 100.000 (terminadas en R), los códigos de zona M49, los códigos SEX y AGE de las listas de códigos de los ODS.

        Una celda "<5" tiene un OBS_VALUE vacío y OBS_STATUS Q (suprimido). Solo estadísticas publicadas.
help-stats-export-format = Formato de salida
help-stats-export-format-sdmx-csv = SDMX-CSV 1.0 para la base de datos mundial de los ODS (flujo de datos IAEG-SDGs:DF_SDG_GLH)
help-stats-export-output = Escribir en FILE en lugar de la salida estándar
help-stats-export-country = País: código ISO 3166-1 alfa-3, como MDA
help-stats-export-dataset = Solo este conjunto de datos (por defecto: todos; el incluido es `glotip`)
help-stats-conflicts = Claves publicadas más de una vez, con sus líneas de origen y sus valores
help-stats-conflicts-dataset = Conjunto de datos
help-stats-indicators-from = Primer año (incluido): cuatro cifras, de 1900 a 2100
help-stats-indicators-to = Último año (incluido): cuatro cifras, de 1900 a 2100
help-stats-indicators-country = País: código ISO 3166-1 alfa-3, como MDA (un nombre se rechaza indicando su código)
help-stats-indicators-region = Región o subregión de la UNODC ("Europe", "Sub-Saharan Africa")
help-stats-indicators-sex = Sexo: female, male, other, unknown (por defecto: todos)
help-stats-indicators-age = Grupo de edad: child (0-17), adult (18+), unknown (por defecto: todos)
help-stats-indicators-form = Forma de explotación: sexual, forced-labour, other
help-stats-indicators-by = Agrupar por: year, sex, age, form, country, citizenship, region (separados por comas para varios)
help-stats-indicators-format = Formato de salida
help-stats-indicators-format-table = Columnas alineadas, para leer
help-stats-indicators-format-csv = CSV con una fila de encabezado
help-stats-indicators-format-json = Una matriz JSON de filas
help-stats-export-from = Primer año (incluido): cuatro cifras, de 1900 a 2100
help-stats-export-to = Último año (incluido): cuatro cifras, de 1900 a 2100
help-stats-import-strict = Rechazar todo el archivo en la primera fila no válida
help-stats-indicators-indicator = detected-victims (víctimas detectadas; por defecto), prosecuted, convicted, formal-contact, offences
