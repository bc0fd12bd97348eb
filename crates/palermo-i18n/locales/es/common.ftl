### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

site-name = Palermo
skip-to-content = Ir al contenido
nav-main = Navegación principal
language-switcher = Idioma
signed-in-as = Sesión iniciada como { $name }
data-as-of = Datos a { $date }.
footer-sources = Estado de los tratados: Colección de Tratados de las Naciones Unidas, capítulo XVIII (cuadros de estado). Países: ISO 3166-1 y M49 de las Naciones Unidas. Población: Banco Mundial, SP.POP.TOTL. Cada página indica la fecha de los datos que muestra.
footer-licence = Palermo es software de código abierto (MIT OR Apache-2.0).
records-count =
    { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }
signed-in-as-of = Sesión iniciada como { $name } ({ $organisation })
nav-dashboard = Panel
nav-convention = Convención
nav-tip = Protocolo contra la trata de personas
nav-som = Protocolo contra el tráfico ilícito de migrantes
nav-firearms = Protocolo sobre armas de fuego
nav-countries = Países
nav-data = Datos sobre la trata
nav-mse = Estimar las víctimas ocultas
nav-api = API
show = Mostrar
yes = sí
no = no
no-data = sin datos
date-unknown = desconocida
as-at = al { $date }
status-as-at = Situación al { $date }.
download-csv = Descargar en CSV
col-year = Año
col-date = Fecha
col-country = País
col-region = Región
col-instrument = Instrumento
col-participant = Participante
col-kind = Tipo
col-signature = Firma
col-consent = Consentimiento en obligarse
col-status = Situación
col-status-as-at = Situación al
col-un-member = Estado Miembro de las Naciones Unidas
source-glotip = Fuente: UNODC, Informe Mundial sobre la Trata de Personas (portal de datos, { $date }).
chart-table-summary = Cuadro de las cifras
chart-note = Nota
map-not-in-selection = fuera de la selección
map-no-data-key = sin datos (no cero)
map-col-figure = Cifra
map-col-class = Clase
map-table-caption = { $title }: los { $count } países con una cifra (los demás: sin datos)
