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
