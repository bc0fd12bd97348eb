### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

instrument-untoc = Convención contra la Delincuencia Organizada (UNTOC)
instrument-tip = Protocolo contra la trata de personas
instrument-som = Protocolo contra el tráfico ilícito de migrantes
instrument-firearms = Protocolo sobre armas de fuego
consent-ratification = ratificación
consent-acceptance = aceptación
consent-approval = aprobación
consent-accession = adhesión
consent-succession = sucesión
consent-formal-confirmation = confirmación formal
regional-organisation = Organización regional
parties-word =
    { $count ->
        [one] Estado parte
       *[other] Estados partes
    }
parties-count =
    { $count ->
        [one] { $count } Estado parte
       *[other] { $count } Estados partes
    }
mark-party = parte
mark-signatory = signatario
mark-none = —

home-title = La Convención contra la Delincuencia Organizada Transnacional y sus Protocolos
home-lead = Quién ha firmado, ratificado o se ha adherido, y quién aún no. La Asamblea General y la Comisión de Prevención del Delito y Justicia Penal invitan a los Estados Miembros que aún no lo hayan hecho a ratificar la Convención y sus Protocolos o a adherirse a ellos.
home-parties-per-instrument = Estados partes por instrumento
home-card-members = { $parties } de los { $members } Estados Miembros de las Naciones Unidas ({ $percent });
home-card-signatories =
    { $signatories } signatarios, { $not_party } de ellos { $not_party ->
        [one] aún no es parte
       *[other] aún no son partes
    }.
home-card-meter = { $parties } de los { $members } Estados Miembros de las Naciones Unidas son partes
home-recent = Nuevos Estados partes más recientes en la situación mostrada
home-recent-caption = Los últimos consentimientos en obligarse que figuran en las situaciones mostradas, todos los instrumentos (situación a las fechas indicadas arriba; los consentimientos posteriores no figuran).

notice-title = Esta situación de los tratados no está actualizada
notice-snapshot-as-at = la situación mostrada es una instantánea al
notice-years-old =
    (de hace { $years ->
        [one] { $years } año
       *[other] { $years } años
    })
notice-newest-count = El recuento oficial más reciente conocido es de
notice-newest-rest = y { $signatories } signatarios al { $date }
notice-untc-page-of-that-date = página de la Colección de Tratados de las Naciones Unidas de esa fecha
notice-current-status = Situación actual:
notice-at-untc = { $instrument } en la Colección de Tratados de las Naciones Unidas
notice-how-to-load = Para mostrar una situación más reciente, descargue el cuadro de situación de la Colección de Tratados de las Naciones Unidas y cárguelo:

instrument-adopted = Aprobación
instrument-entry-into-force = Entrada en vigor
instrument-unts = Treaty Series de las Naciones Unidas
instrument-unts-ref = vol. { $volume }, núm. { $number }
instrument-depositary = Referencia del depositario
instrument-mtdsg = MTDSG, capítulo XVIII, { $number }
instrument-status-at-untc = situación en la Colección de Tratados de las Naciones Unidas
instrument-status-shown = Situación mostrada
instrument-asked-beyond = (pidió el { $asked }, pero los últimos datos son al { $latest }: no se conocen actos posteriores)
instrument-source = Fuente
instrument-latest-snapshot = (última instantánea: { $date })
instrument-status-on-date = Situación en la fecha
instrument-counts = { $signatories } signatarios ({ $not_party } aún no son partes),
instrument-members-then = { $parties } de los { $members } Estados Miembros de las Naciones Unidas en esa fecha.
instrument-parties-by-year = Estados partes por año
instrument-participants = Participantes
instrument-participants-caption = { $count } participantes al { $date }. Seleccione un encabezado de columna para ordenar.
instrument-not-party-title = Estados Miembros de las Naciones Unidas que aún no son partes ({ $count }, al { $date })
instrument-not-party-lead = Agrupados por región de las Naciones Unidas. Los Estados marcados «firmado» han firmado pero aún no han ratificado.
instrument-signed-mark = (firmado)
chart-parties-title = Estados partes en el { $instrument } por año (acumulado)
chart-parties-desc = Número de Estados partes al final de cada año (acumulado), contado a partir de las fechas de ratificación, aceptación, aprobación, adhesión o sucesión.
chart-parties-tip = { $year }: { $total } Estados partes ({ $new } nuevos)
chart-parties-unit = Estados partes

countries-title = Países y territorios
countries-lead = Situación respecto de cada instrumento, a la fecha indicada en el encabezado de su columna: «parte», «signatario» (ha firmado, aún no es parte) o «—» (ningún acto).
countries-caption = { $count } países y territorios (ISO 3166-1).
countries-as-at = (al { $date })

country-codes = Códigos
country-population = Población
country-population-value = { $population } ({ $year }, Banco Mundial)
country-population-none = sin cifra del Banco Mundial
country-status-title = Situación respecto de la Convención y sus Protocolos
country-status-caption = Situación respecto de cada instrumento a la fecha de su última instantánea (Colección de Tratados de las Naciones Unidas).
country-party-since = Parte desde el { $date } ({ $kind })
country-signatory-since = Signatario desde el { $date }, aún no es parte
country-neither = Ni parte ni signatario
country-statistics-title = Estadísticas sobre la trata
country-conflicts = { $count } valor(es) publicado(s) más de una vez con cifras distintas; el gráfico muestra su intervalo
country-conflicts-link = conflictos
country-all-figures = Todas las cifras de este país
instrument-adopted-by = resolución { $resolution } de la Asamblea General
