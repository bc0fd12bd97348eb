### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

mse-title = Estimación por sistemas múltiples
mse-lead = ¿Cuántas víctimas no encontró ninguna lista? Cuando varios organismos llevan cada uno una lista, las coincidencias entre listas permiten estimar el número oculto. Pegue un cuadro de historiales de captura (una columna 0/1 por lista y una columna count; o una fila por persona), elija cómo seleccionar el modelo y vea la estimación de cada método lado a lado: la elección del modelo domina la incertidumbre.
mse-table = Cuadro (CSV: coma, punto y coma o tabulador)
mse-table-help = El ejemplo que se muestra primero son los datos del «Western site» de los Estados Unidos de Chan, Silverman y Vincent (2021): cinco listas, 345 personas observadas.
mse-file = …o elija un archivo CSV
mse-method = Selección del modelo
mse-method-stepwise = regla por pasos del valor p (SparseMSE)
mse-method-aic = AIC por pasos
mse-method-bic = BIC más bajo, todos los modelos de orden 2 (≤ 6 listas)
mse-method-main = solo efectos principales
mse-method-fixed = interacciones fijas
mse-terms = Interacciones (fijas)
mse-threshold = Umbral del valor p
mse-bootstrap = Réplicas bootstrap BCa
mse-seed = Semilla
mse-level = Nivel del intervalo
mse-level-help = cobertura entre 0 y 1, p. ej. 0.95 o 0.8
mse-limits = Límites de este servidor: como máximo { $lists } listas, { $bootstrap } réplicas bootstrap, un cuadro de 1 MiB y { $seconds } segundos de cálculo; una estimación a la vez. Para más, ejecute
mse-limits-end = { " " }en su propio equipo.
mse-estimate = Estimar
mse-error-title = No se pudo analizar el cuadro
mse-form-unreadable = no se pudo leer el formulario: { $detail }
mse-estimate-title = Estimación
mse-lists = Listas
mse-observed = Personas observadas
mse-selected-model = Modelo seleccionado
mse-population-estimate = Estimación de la población
mse-never-observed = ({ $count } nunca observadas)
mse-intervals-caption = Intervalos de confianza del tamaño de la población
mse-col-method = Método
mse-col-level = Nivel
mse-col-lower = Inferior
mse-col-upper = Superior
mse-empty-caption = Pares de listas sin nadie en común, ajustados como una interacción de −∞, y probabilidad de que esa coincidencia esté vacía por azar
mse-col-p-empty = P(vacía)
mse-warning = Advertencia: { $warning }
mse-all-methods = Todos los métodos lado a lado
mse-comparison-caption = Estimaciones de los demás métodos sobre el mismo cuadro
mse-col-method-model = Método y modelo
mse-col-estimate = Estimación
mse-col-interval = Intervalo
mse-col-interval-type = Tipo de intervalo
mse-models-tried = Modelos probados
mse-selected-marked = El modelo seleccionado está marcado.
mse-col-interactions = Interacciones
mse-col-deviance = Devianza
mse-col-p-value = valor p
mse-selected-mark = (seleccionado)
mse-json-note = El mismo análisis está disponible en JSON:
mse-interval-wald = Wald lognormal (SparseMSE)
mse-interval-profile = verosimilitud perfil
mse-interval-bounds = total observado (no se puede ajustar ningún modelo)
mse-interval-bca = bootstrap BCa
mse-interval-bca-redone = bootstrap BCa, selección del modelo rehecha ({ $replicates } réplicas, semilla { $seed })
mse-no-upper-limit = sin límite superior
mse-not-fitted = { $terms } (no ajustado: { $why })
mse-main-effects = efectos principales
mse-main-effects-only = solo efectos principales
mse-main-effects-plus = efectos principales + { $terms }
mse-not-applicable = n. a.
mse-models-shown = { $shown } de { $tried } modelos mostrados (BIC más bajo primero).
mse-models-all = { $tried } modelos probados, en el orden en que se probaron.
mse-chart-title = Estimaciones de la población por método
mse-chart-selected = seleccionado: { $method } [{ $model }]
mse-chart-selected-bca = seleccionado, bootstrap BCa
mse-chart-desc = Estimaciones puntuales e intervalos del número de víctimas según { $methods } métodos; la línea discontinua marca las { $observed } personas observadas.
mse-chart-observed = observadas
mse-chart-observed-count = { $count } observadas
mse-chart-caption = { $title }: todos los métodos lado a lado (punto: estimación; línea: intervalo). La elección del modelo domina la incertidumbre.

## Por qué se rechazó una tabla o una solicitud
mse-err-line = línea { $line }: { $reason }
mse-err-line-column = línea { $line }, columna «{ $column }»: { $reason }
mse-err-errors = { $count } errores: { $errors }
mse-err-separator = ;{ " " }
mse-err-and-more = ; y { $count } más
mse-err-no-header = no hay línea de encabezado
mse-err-field-count =
    { $count ->
        [one] { $count } campo, el encabezado tiene { $want }
       *[other] { $count } campos, el encabezado tiene { $want }
    }
mse-err-not-binary = el indicador de captura no es 0 ni 1
mse-err-negative-count = el recuento es negativo
mse-err-non-integer-count = el recuento no es un número entero
mse-err-not-a-number = el recuento no es un número
mse-err-too-few-lists = { $count } lista(s): la estimación de sistemas múltiples necesita al menos 2 listas
mse-err-too-many-lists = { $count } listas: se admiten como máximo { $max } listas (la tabla tiene 2^k celdas)
mse-err-bad-list-name = el nombre de lista «{ $name }» está vacío o se usa dos veces
mse-err-observed-empty-history = un historial de captura sin ninguna lista tiene un recuento positivo ({ $count }); esa celda es la de las personas no observadas
mse-err-empty = la tabla está vacía: no se observó a nadie
mse-err-list-captures-nobody = la lista «{ $list }» no captura a nadie; quítela
mse-err-list-captures-everyone = la lista «{ $list }» captura a todas las personas observadas, por lo que no se puede ajustar ningún modelo log-lineal: la estimación es el total observado, sin límite superior
mse-err-all-overlaps-empty = ningún par de listas tiene personas en común (todas las intersecciones están vacías): la estimación de la población es infinita
mse-err-overflow = desbordamiento de los recuentos
mse-err-bad-term = término «{ $term }»: { $reason }
mse-err-no-such-list = no hay ninguna lista llamada «{ $list }»
mse-err-list-twice = una lista se nombra dos veces
mse-err-term-too-few-lists = una interacción necesita al menos dos listas
mse-err-mle-does-not-exist = modelo [{ $model }]: la estimación de máxima verosimilitud no existe (no es finita) con estos datos (programa lineal de Fienberg–Rinaldo)
mse-err-not-identifiable = modelo [{ $model }]: no identificable (la matriz de diseño tiene una deficiencia de rango de { $deficiency })
mse-err-not-converged = modelo [{ $model }]: el ajuste de Poisson no convergió
mse-err-non-finite = modelo [{ $model }]: el ajuste produjo un valor no finito ({ $what })
mse-err-time-limit = el cálculo se detuvo tras su límite de tiempo de { $seconds } s; use menos listas, menos réplicas bootstrap o un método más sencillo
mse-err-cancelled = el cálculo se canceló
mse-err-field = { $field }: { $reason }
mse-err-no-table = pegue o cargue una tabla de historiales de captura
mse-err-table-too-large = { $bytes } bytes; se aceptan como máximo { $max }
mse-err-web-too-many-lists = { $count } listas; como máximo { $max } en la web (2^{ $max } celdas); ejecute `palermo mse` en su propia máquina para más
mse-err-not-a-valid-number = «{ $value }» no es un número válido
mse-err-web-bootstrap = como máximo { $max } réplicas en la web (use `palermo mse` para más)
mse-err-bootstrap-too-few = { $count } réplicas bootstrap: se necesitan al menos 10
mse-err-level = { $value } no está en (0, 1)
mse-err-threshold = { $value } no es una probabilidad
mse-err-bic-lists = el BIC sobre todos los modelos de orden 2 se limita a 6 listas (2^15 modelos); esta tabla tiene { $count }: use stepwise o aic
mse-err-terms-not-fixed = las interacciones solo se usan con el método «fixed»
mse-err-unknown-method = «{ $value }» no es stepwise, aic, bic, main ni fixed
mse-err-web-time-limit = { $reason }. La web permite { $seconds } s por estimación; `palermo mse` en su propia máquina no tiene límite.
mse-err-too-large = la solicitud supera el límite de { $mib } MiB ({ $bytes } bytes); la tabla misma puede tener como máximo { $table_mib } MiB ({ $table_bytes } bytes)
mse-err-body-unreadable = no se pudo leer el cuerpo de la solicitud: { $detail }
mse-err-not-utf8 = el cuerpo de la solicitud no está en UTF-8
mse-err-json-body = cuerpo JSON: { $detail }

## Los otros métodos de la comparación
mse-cmp-stepwise = por pasos p<0,02
mse-cmp-aic = AIC por pasos
mse-cmp-bic = mejor BIC
mse-cmp-main = efectos principales
mse-interval-rcapture = normal (error típico de Rcapture)
mse-interval-seber = normal, varianza de Seber (95 %)
mse-interval-none = ninguno

## Advertencias de un análisis
mse-warn-stage-selection = selección del modelo ({ $method })
mse-warn-stage-comparison = comparación, { $method }
mse-warn-not-converged = el ajuste de Poisson no convergió
mse-warn-non-finite = el ajuste produjo un valor no finito ({ $what })
mse-warn-unfitted = { $stage }: el modelo [{ $model }] pasó la comprobación de existencia e identificabilidad pero no se pudo ajustar ({ $reason }); la selección se hizo sin él y podría ser distinta con él
mse-warn-profile-failed = intervalo de verosimilitud perfil: { $reason }
mse-warn-comparison-failed = comparación, { $method }: { $reason }
mse-warn-aic-left-out = comparación: el AIC por pasos se omite con más de { $max } listas (ajusta hasta { $models } modelos); elija el método aic para ejecutarlo
mse-warn-bca-unbounded = intervalo bootstrap BCa no disponible: { $count } de { $replicates } réplicas no tienen estimación finita, más que la cola superior del { $tail } % de un intervalo del { $level } %, por lo que su límite superior no está acotado
mse-warn-bca-unavailable = intervalo bootstrap BCa no disponible
mse-warn-empty-overlap = la intersección { $term } está vacía aunque se esperaban unas { $expected } personas (P(vacía) = { $p }): revise la vinculación
mse-warn-quoted = «{ $name }»
mse-warn-complete-lists =
    { $count ->
        [one] la lista { $lists } captura
       *[other] las listas { $lists } capturan cada una
    } a todas las personas observadas: nadie fue visto fuera de ella, por lo que las intersecciones no dicen nada de las personas que no registró. La estimación es el total observado, { $observed } (el límite del ajuste de máxima verosimilitud de todo modelo cuando la probabilidad de captura de esa lista tiende a 1), y no hay límite superior (como informan SparseMSE y Rcapture): no se puede descartar una población oculta mayor. No se ajustó ningún modelo ni se compara otro método; una estimación sin esa lista usa las intersecciones de las demás.
mse-warn-complete-lists-two =
    { $count ->
        [one] la lista { $lists } captura
       *[other] las listas { $lists } capturan cada una
    } a todas las personas observadas: nadie fue visto fuera de ella, por lo que las intersecciones no dicen nada de las personas que no registró. La estimación es el total observado, { $observed } (el límite del ajuste de máxima verosimilitud de todo modelo cuando la probabilidad de captura de esa lista tiende a 1), y no hay límite superior (como informan SparseMSE y Rcapture): no se puede descartar una población oculta mayor. No se ajustó ningún modelo y solo se comparan los estimadores de dos listas, que dan el mismo total.
mse-warn-no-bootstrap = sin bootstrap: no se puede ajustar ningún modelo a estos datos
mse-warn-bca-clamped = límites BCa en los cuantiles { $quantiles } quedaron más allá de la réplica bootstrap extrema y se ajustaron a ella (como hace la referencia); use más réplicas
mse-warn-too-few-finite = muy pocas réplicas bootstrap tienen una estimación finita: no hay límites BCa
mse-warn-bca-infinite-bias = todas las réplicas bootstrap están del mismo lado de la estimación: la corrección de sesgo BCa es infinita
mse-warn-replicates-failed = { $count } de { $replicates } réplicas bootstrap no se pudieron ajustar y se descartaron
mse-warn-replicates-unfitted = en { $count } de { $replicates } réplicas bootstrap un modelo pasó la comprobación de existencia e identificabilidad pero no se pudo ajustar, y la selección de la réplica se hizo sin él
mse-warn-replicates-no-mle = { $count } de { $replicates } réplicas bootstrap ({ $percent }) no tienen estimación finita: una intersección que el modelo elegido necesita está vacía en el remuestreo, por lo que la estimación de máxima verosimilitud no existe (comprobación de Fienberg–Rinaldo); se descartaron, no se contaron como números enormes. Esas réplicas representan poblaciones muy grandes: los límites superiores BCa son demasiado bajos, y los de cuantiles por encima de { $above } no están acotados y no se informan
mse-warn-jackknife = jackknife: la estimación sin una persona de la celda { $cell } falló o no tiene estimación de máxima verosimilitud finita; esa celda se omite de la aceleración
mse-warn-repeated-line = la línea { $line } repite la línea { $first } (el mismo identificador en la lista «{ $list }»): se cuenta una vez
mse-warn-summed = las líneas { $lines } dan el mismo historial de captura; sus recuentos se sumaron
mse-warn-more-summed = y { $count } historiales de captura repetidos más, sumados
mse-warn-more-repeated = y { $count } líneas repetidas más
