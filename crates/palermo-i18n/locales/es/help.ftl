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
help-cmd-help-subcommand = Mostrar la ayuda del subcomando o subcomandos

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
help-linkage = Vinculación de registros que preserva la privacidad, con CLK (filtros de Bloom)
help-db = La base de datos: estado, migraciones, copia de seguridad
help-user = Cuentas: alta, lista, desactivación, restablecimiento de la contraseña (aquí se crea el primer administrador; no hay contraseña por defecto)
help-token = Tokens de API para scripts: creación (se muestra una sola vez), lista, revocación
help-audit = El registro de auditoría: verificar su cadena de hashes, exportarlo en CSV
