### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

error-not-found = No encontrado
error-bad-request = Solicitud incorrecta
error-too-large = Solicitud demasiado grande
error-time-limit = Tiempo límite superado
error-busy = Servidor ocupado
error-too-many-requests = Demasiadas solicitudes
error-internal = Error interno
error-internal-message = Algo ha fallado por nuestra parte; el error ha quedado registrado.
error-no-page = No hay ninguna página en { $path }.
error-back-to-dashboard = Volver al panel
error-query-unreadable = no se puede leer la cadena de consulta ({ $detail }); indique cada parámetro una sola vez, y solo los que admite la ruta (véase /api/v1/openapi.json)
error-no-instrument = No hay ningún instrumento llamado { $code }.
error-no-country = No hay ningún país con el código { $code }.
error-as-of-not-a-date = as_of { $value } no es una fecha AAAA-MM-DD
error-unknown-value = { $name } desconocido: { $value }
error-format = formato desconocido { $value }: json o csv
error-not-a-year = { $name }={ $value } no es un año (cuatro cifras, p. ej. 2019)
error-not-a-number = { $name }={ $value } no es un número
error-no-release = no existe la publicación { $id }
error-release-withdrawn = el titular de los datos retiró la publicación { $id } el { $date }
error-no-release-yet = aún no se ha publicado ningún conjunto de registros de casos; el titular de los datos lo publica con `palermo cases release create`
error-panel-by-year = panel=balanced requiere by=year (el panel es una serie por año)

## Parámetros de consulta (palermo_model::query::ParamError).
param-unknown-name = parámetro desconocido { $name }: esta dirección admite { $expected }
param-unknown-name-suggest = parámetro desconocido { $name }: ¿quiso decir { $suggestion }? Esta dirección admite { $expected }
param-repeated = el parámetro { $name } se da más de una vez; dé uno solo
param-unknown-value = { $name } desconocido «{ $value }»: valores posibles { $expected }
param-country-name = el país «{ $value }» es un nombre: dé su código ISO 3166-1 alfa-3, { $iso3 }
param-unknown-country = país desconocido «{ $value }»: dé un código ISO 3166-1 alfa-3, p. ej. MDA
param-unknown-region = región desconocida «{ $value }»: valores posibles { $expected }, o una de sus subregiones
param-not-a-year = { $name }={ $value } no es un año (cuatro cifras de 1900 a 2100, p. ej. 2019)
param-not-a-number = { $name }={ $value } no es un número entero de { $min } a { $max }
