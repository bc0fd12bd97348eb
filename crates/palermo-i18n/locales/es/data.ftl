### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

indicator-detected-victims = Víctimas de la trata detectadas
indicator-prosecuted = Personas enjuiciadas
indicator-convicted = Personas condenadas
indicator-formal-contact = Personas en contacto formal con el sistema de justicia penal
indicator-offences = Delitos de trata de personas
sex-total = Total
sex-female = Mujeres
sex-male = Hombres
sex-other = Otro
sex-unknown = Desconocido
age-total = Total
age-child = 0 a 17 años
age-adult = 18 años o más
age-unknown = Desconocida
form-sexual = Explotación sexual
form-forced-labour = Trabajo forzoso
form-forced-marriage = Matrimonio forzado
form-slavery = Esclavitud y prácticas análogas
form-organ-removal = Extracción de órganos
form-forced-criminality = Criminalidad forzada
form-other = Otras formas de explotación

data-title = Trata de personas: estadísticas nacionales
data-lead = Víctimas detectadas, personas enjuiciadas y condenadas, tal como los Estados las comunican a la UNODC para el Informe Mundial sobre la Trata de Personas. Los totales suman una cifra por país y año. La UNODC publica los recuentos pequeños como «<5»: cada uno cuenta de 1 a 4, de modo que los totales son intervalos, nunca conjeturas. Los países que no comunicaron nada faltan, no cuentan como cero.
data-loading = Las estadísticas de la UNODC incluidas se están cargando en esta nueva base de datos (uno o dos segundos en el primer arranque): vuelva a cargar la página en un momento.
data-filters = Filtros
data-indicator = Indicador
data-from = Desde
data-to = Hasta
data-all = Todos
data-sex = Sexo
data-age = Edad
data-age-group = Grupo de edad
data-form = Forma de explotación
data-coverage = Cobertura: { $coverage }.
data-coverage-text =
    { $countries ->
        [one] { $countries } país o territorio
       *[other] { $countries } países o territorios
    }, años { $years }; { $cells } celdas sumadas
data-coverage-none = ningún país comunicó datos para esta selección
data-censored-note = El total es un intervalo porque contribuyen celdas «<5» (o duplicados contradictorios).
data-conflicts = Este total incluye { $count } filas cuya clave la UNODC publica más de una vez con valores distintos, que los totales del mismo país y año no muestran como partes de una misma celda (líneas de la fuente { $lines }): no se elige ninguna; el total abarca su intervalo.
data-all-conflicts = Todos los conflictos
data-selection-json = Esta selección en JSON
data-by-country-year-csv = por país y año (CSV)
data-by-year = Por año
data-by-country = Por país
data-by-form = Por forma de explotación
data-no-form-breakdown = No hay desglose por forma de explotación para esta selección.
data-by-sex-age = Por sexo y edad
data-convictions = Condenas frente a detecciones
data-corridors = Corredores: nacionalidad → país de detección
data-corridors-caption = Los 20 principales corredores de víctimas detectadas en los años seleccionados (los «nacionales» se cuentan en el país declarante: trata interna).
data-citizenship = Nacionalidad
data-detected-in = Detectadas en
data-victims = Víctimas
data-years = Años
data-years-none = ninguno
data-citizenship-not-stated = no indicada (vacía en la fuente)
data-citizenship-as-published = { $label } (tal como se publicó, no es un código de país)
data-cases-title = Registros de casos junto a las cifras nacionales
data-no-release = No se ha publicado ningún conjunto de registros de casos. Los registros llegan al público solo como publicaciones: cuadros congelados que el titular de los datos elabora con
data-no-release-end = ; una importación por sí sola no cambia nada aquí.
data-cases-caption = Víctimas en los registros de casos agrupados de todas las fuentes, por año de registro, según la { $release }, elaborada a partir de { $records } registros (redondeado): sean cuales sean los filtros anteriores (cuadros filtrados podrían restarse entre sí para revelar celdas pequeñas; el titular de los datos los obtiene con palermo cases indicators). Las estadísticas nacionales siguen los filtros. Protección: { $method }. La publicación está congelada: las importaciones posteriores no cambian nada aquí hasta la próxima publicación.
data-national-statistics = Estadísticas nacionales
data-case-records = Registros de casos
data-source = Fuente: UNODC, Informe Mundial sobre la Trata de Personas, datos por país. Almacenado: { $datasets }. Población: Banco Mundial, SP.POP.TOTL.
data-dataset = { $file } ({ $asof }; { $rows } filas, importado el { $imported })
data-unit-persons = personas
data-bar-tip =
    { $what }: { $value } ({ $countries ->
        [one] { $countries } país
       *[other] { $countries } países
    })
data-bar-range = (intervalo: celdas «<5»)
data-bar-conflicts = ({ $count } duplicados contradictorios)
data-rate = { $rate } por 100.000
data-chart-year-title = { $indicator } por año
data-chart-year-desc = Una barra por año: la parte cierta en sólido, el intervalo que añaden las celdas «<5» rayado. Los países que no comunicaron nada no se cuentan como cero.
data-chart-form-title = { $indicator } por forma de explotación
data-chart-form-desc = Totales de los años seleccionados para cada forma de explotación, de los países que comunican el desglose.
data-chart-sex-title = { $indicator } por sexo
data-chart-sex-desc = Totales de los años seleccionados por sexo, de los países que comunican el desglose.
data-chart-age-title = { $indicator } por grupo de edad y sexo
data-chart-age-desc = Totales de los años seleccionados para niños (0–17) y adultos (18+), una barra por sexo.
data-chart-conv-title = Condenas frente a víctimas detectadas, por año
data-chart-conv-desc = Para cada año, el número de víctimas detectadas y de personas condenadas, cada uno de los países que lo comunican.
data-map-title = { $indicator }, total de los años seleccionados, por país
data-map-desc = Mapa del mundo; cada país de la selección se colorea según su total (hasta cinco clases con aproximadamente el mismo número de países; una clase es un intervalo cuando las celdas «<5» hacen de los totales intervalos). Gris rayado: sin datos (no cero). Blanco: fuera del filtro de país o región.
data-country-series-title = Víctimas detectadas, personas enjuiciadas y condenadas, por año (UNODC, GLOTIP)
data-country-series-desc = Para cada año que el país comunicó: víctimas de la trata detectadas, personas enjuiciadas y personas condenadas. Rayado: intervalo por celdas «<5».
data-case-withheld = menos de { $k } o suprimido
data-case-release = publicación { $id } del { $date } ({ $method }){ $note }
data-case-about = unos { $count }
data-dataset-as-of = datos a { $date }
data-dataset-no-as-of = fecha de los datos no indicada
data-no-total = no se publica ningún total
data-no-total-note = La UNODC no publica ningún total para esta selección, solo desgloses: los gráficos de abajo los muestran tal como se publican. Solo se deriva un total donde el desglose por forma de explotación está completo.
data-derived = Derivado, no publicado:
data-derived-note =
    { $cells ->
        [one] { $cells } par país-año
       *[other] { $cells } pares país-año
    } de este total ({ $countries }) no tienen total publicado; cada uno cuenta como la suma de sus tres formas de explotación (explotación sexual, trabajo forzoso, otras formas).
data-summed-note =
    { $count ->
        [one] { $count } clave que la UNODC publica más de una vez se cuenta
       *[other] { $count } claves que la UNODC publica más de una vez se cuentan
    } como la suma de sus filas: los totales del mismo país y año solo cuadran así (subformas publicadas bajo una sola etiqueta).
data-panel = Los mismos países cada año (panel equilibrado)
data-panel-text =
    Un total por año suma los países que informaron ese año, por lo que sube y baja con su número. Esta vista conserva solo { $countries ->
        [one] el { $countries } país o territorio
       *[other] los { $countries } países o territorios
    } que informaron todos los años de { $from } a { $to } (elija los años arriba).
data-panel-none = Ningún año tiene datos para esta selección.
data-chart-panel-title = { $indicator } por año, los mismos países cada año
data-chart-panel-desc = Una barra por año para los países que informaron todos los años del periodo: un cambio de un año a otro es un cambio en sus cifras, no en quién informó.
data-reporting-countries = Bajo cada año: el número de países que informan
data-reporting-countries-two = Bajo cada año: países que informan (víctimas detectadas · personas condenadas)
data-bar-summed =
    ({ $count ->
        [one] { $count } clave repetida sumada
       *[other] { $count } claves repetidas sumadas
    })
data-bar-derived =
    ({ $count ->
        [one] { $count } total derivado de las formas de explotación
       *[other] { $count } totales derivados de las formas de explotación
    })
