### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

mse-title = Estimation par systèmes multiples
mse-lead = Combien de victimes aucune liste n’a-t-elle trouvées ? Lorsque plusieurs organismes tiennent chacun une liste, les recoupements entre les listes permettent d’estimer le nombre caché. Collez un tableau d’historiques de capture (une colonne 0/1 par liste et une colonne count ; ou une ligne par personne), choisissez comment sélectionner le modèle, et voyez l’estimation de chaque méthode côte à côte : le choix du modèle domine l’incertitude.
mse-table = Tableau (CSV : virgule, point-virgule ou tabulation)
mse-table-help = L’exemple affiché d’abord est celui du « Western site » des États-Unis, de Chan, Silverman et Vincent (2021) : cinq listes, 345 personnes observées.
mse-file = …ou choisissez un fichier CSV
mse-method = Sélection du modèle
mse-method-stepwise = règle pas à pas de la valeur p (SparseMSE)
mse-method-aic = AIC pas à pas
mse-method-bic = BIC le plus bas, tous les modèles d’ordre 2 (≤ 6 listes)
mse-method-main = effets principaux seulement
mse-method-fixed = interactions fixées
mse-terms = Interactions (fixées)
mse-threshold = Seuil de la valeur p
mse-bootstrap = Réplications bootstrap BCa
mse-seed = Graine
mse-level = Niveau de l’intervalle
mse-level-help = couverture entre 0 et 1, par exemple 0.95 ou 0.8
mse-limits = Limites de ce serveur : au plus { $lists } listes, { $bootstrap } réplications bootstrap, un tableau de 1 Mio et { $seconds } secondes de calcul ; une seule estimation à la fois. Au-delà, exécutez
mse-limits-end = { " " }sur votre propre machine.
mse-estimate = Estimer
mse-error-title = Le tableau n’a pas pu être analysé
mse-form-unreadable = le formulaire est illisible : { $detail }
mse-estimate-title = Estimation
mse-lists = Listes
mse-observed = Personnes observées
mse-selected-model = Modèle sélectionné
mse-population-estimate = Estimation de la population
mse-never-observed = ({ $count } jamais observées)
mse-intervals-caption = Intervalles de confiance de la taille de la population
mse-col-method = Méthode
mse-col-level = Niveau
mse-col-lower = Borne inférieure
mse-col-upper = Borne supérieure
mse-empty-caption = Paires de listes sans personne en commun, ajustées comme une interaction de −∞, et probabilité qu’un tel recoupement soit vide par hasard
mse-col-p-empty = P(vide)
mse-warning = Avertissement : { $warning }
mse-all-methods = Toutes les méthodes côte à côte
mse-comparison-caption = Estimations des autres méthodes sur le même tableau
mse-col-method-model = Méthode et modèle
mse-col-estimate = Estimation
mse-col-interval = Intervalle
mse-col-interval-type = Type d’intervalle
mse-models-tried = Modèles essayés
mse-selected-marked = Le modèle sélectionné est signalé.
mse-col-interactions = Interactions
mse-col-deviance = Déviance
mse-col-p-value = valeur p
mse-selected-mark = (sélectionné)
mse-json-note = La même analyse est disponible en JSON :
mse-interval-wald = Wald log-normal (SparseMSE)
mse-interval-profile = vraisemblance profilée
mse-interval-bounds = total observé (aucun modèle ne peut être ajusté)
mse-interval-bca = bootstrap BCa
mse-interval-bca-redone = bootstrap BCa, sélection du modèle refaite ({ $replicates } réplications, graine { $seed })
mse-no-upper-limit = pas de borne supérieure
mse-not-fitted = { $terms } (non ajusté : { $why })
mse-main-effects = effets principaux
mse-main-effects-only = effets principaux seulement
mse-main-effects-plus = effets principaux + { $terms }
mse-not-applicable = s.o.
mse-models-shown = { $shown } modèles affichés sur { $tried } (BIC le plus bas d’abord).
mse-models-all = { $tried } modèles essayés, dans l’ordre des essais.
mse-chart-title = Estimations de la population par méthode
mse-chart-selected = sélectionné : { $method } [{ $model }]
mse-chart-selected-bca = sélectionné, bootstrap BCa
mse-chart-desc = Estimations ponctuelles et intervalles du nombre de victimes selon { $methods } méthodes ; la ligne pointillée marque les { $observed } personnes observées.
mse-chart-observed = observé
mse-chart-observed-count = { $count } observées
mse-chart-caption = { $title } : toutes les méthodes côte à côte (point : estimation ; trait : intervalle). Le choix du modèle domine l’incertitude.

## Pourquoi un tableau ou une demande a été refusé
mse-err-line = ligne { $line } : { $reason }
mse-err-line-column = ligne { $line }, colonne « { $column } » : { $reason }
mse-err-errors = { $count } erreurs : { $errors }
mse-err-separator = ;{ " " }
mse-err-and-more = ; et { $count } de plus
mse-err-no-header = pas de ligne d’en-tête
mse-err-field-count =
    { $count ->
        [one] { $count } champ, l’en-tête en a { $want }
       *[other] { $count } champs, l’en-tête en a { $want }
    }
mse-err-not-binary = l’indicateur de capture n’est ni 0 ni 1
mse-err-negative-count = l’effectif est négatif
mse-err-non-integer-count = l’effectif n’est pas un nombre entier
mse-err-not-a-number = l’effectif n’est pas un nombre
mse-err-too-few-lists = { $count } liste(s) fournie(s) : l’estimation par systèmes multiples demande au moins 2 listes
mse-err-too-many-lists = { $count } listes fournies : au plus { $max } listes sont prises en charge (le tableau a 2^k cellules)
mse-err-bad-list-name = le nom de liste « { $name } » est vide ou employé deux fois
mse-err-observed-empty-history = une histoire de capture sans aucune liste a un effectif positif ({ $count }) ; cette cellule est celle des personnes non observées
mse-err-empty = le tableau est vide : personne n’a été observé
mse-err-list-captures-nobody = la liste « { $list } » ne capture personne ; retirez-la
mse-err-list-captures-everyone = la liste « { $list } » capture toutes les personnes observées, si bien qu’aucun modèle log-linéaire ne peut être ajusté : l’estimation est le total observé, sans limite supérieure
mse-err-all-overlaps-empty = aucune paire de listes n’a de personne en commun (tous les recoupements sont vides) : l’estimation de la population est infinie
mse-err-overflow = dépassement de capacité des effectifs
mse-err-bad-term = terme « { $term } » : { $reason }
mse-err-no-such-list = aucune liste nommée « { $list } »
mse-err-list-twice = une liste est nommée deux fois
mse-err-term-too-few-lists = une interaction demande au moins deux listes
mse-err-mle-does-not-exist = modèle [{ $model }] : l’estimation du maximum de vraisemblance n’existe pas (n’est pas finie) sur ces données (programme linéaire de Fienberg–Rinaldo)
mse-err-not-identifiable = modèle [{ $model }] : non identifiable (la matrice du plan a un défaut de rang de { $deficiency })
mse-err-not-converged = modèle [{ $model }] : l’ajustement de Poisson n’a pas convergé
mse-err-non-finite = modèle [{ $model }] : l’ajustement a produit une valeur non finie ({ $what })
mse-err-time-limit = le calcul a été arrêté après sa limite de temps de { $seconds } s ; utilisez moins de listes, moins de réplications bootstrap ou une méthode plus simple
mse-err-cancelled = le calcul a été annulé
mse-err-field = { $field } : { $reason }
mse-err-no-table = collez ou envoyez un tableau d’histoires de capture
mse-err-table-too-large = { $bytes } octets, au plus { $max } sont acceptés
mse-err-web-too-many-lists = { $count } listes, au plus { $max } sur le web (2^{ $max } cellules) ; exécutez `palermo mse` sur votre propre machine pour davantage
mse-err-not-a-valid-number = « { $value } » n’est pas un nombre valide
mse-err-web-bootstrap = au plus { $max } réplications sur le web (utilisez `palermo mse` pour davantage)
mse-err-bootstrap-too-few = { $count } réplications bootstrap : il en faut au moins 10
mse-err-level = { $value } n’est pas dans l’intervalle (0, 1)
mse-err-threshold = { $value } n’est pas une probabilité
mse-err-bic-lists = le BIC sur tous les modèles d’ordre 2 est limité à 6 listes (2^15 modèles) ; ce tableau en a { $count } : utilisez stepwise ou aic
mse-err-terms-not-fixed = les interactions ne servent qu’avec la méthode « fixed »
mse-err-unknown-method = « { $value } » n’est ni stepwise, ni aic, ni bic, ni main, ni fixed
mse-err-web-time-limit = { $reason }. Le web accorde { $seconds } s par estimation ; `palermo mse` sur votre propre machine n’a pas de limite.
mse-err-too-large = la demande dépasse la limite de { $mib } Mio ({ $bytes } octets) ; le tableau lui-même peut avoir au plus { $table_mib } Mio ({ $table_bytes } octets)
mse-err-body-unreadable = le corps de la demande n’a pas pu être lu : { $detail }
mse-err-not-utf8 = le corps de la demande n’est pas en UTF-8
mse-err-json-body = corps JSON : { $detail }

## Les autres méthodes de la comparaison
mse-cmp-stepwise = pas à pas p<0,02
mse-cmp-aic = AIC pas à pas
mse-cmp-bic = meilleur BIC
mse-cmp-main = effets principaux
mse-interval-rcapture = normal (erreur type de Rcapture)
mse-interval-seber = normal, variance de Seber (95 %)
mse-interval-none = aucun

## Avertissements d’une analyse
mse-warn-stage-selection = sélection du modèle ({ $method })
mse-warn-stage-comparison = comparaison, { $method }
mse-warn-not-converged = l’ajustement de Poisson n’a pas convergé
mse-warn-non-finite = l’ajustement a produit une valeur non finie ({ $what })
mse-warn-unfitted = { $stage } : le modèle [{ $model }] a passé le contrôle d’existence et d’identifiabilité mais n’a pas pu être ajusté ({ $reason }) ; la sélection a été faite sans lui et pourrait différer avec lui
mse-warn-profile-failed = intervalle de vraisemblance profilée : { $reason }
mse-warn-comparison-failed = comparaison, { $method } : { $reason }
mse-warn-aic-left-out = comparaison : l’AIC pas à pas est omis au-delà de { $max } listes (il ajuste jusqu’à { $models } modèles) ; choisissez la méthode aic pour l’exécuter
mse-warn-bca-unbounded = intervalle bootstrap BCa non disponible : { $count } réplications sur { $replicates } n’ont pas d’estimation finie, plus que la queue supérieure de { $tail } % d’un intervalle à { $level } %, si bien que sa limite supérieure n’est pas bornée
mse-warn-bca-unavailable = intervalle bootstrap BCa non disponible
mse-warn-empty-overlap = le recoupement { $term } est vide alors qu’environ { $expected } personnes y étaient attendues (P(vide) = { $p }) : vérifiez le couplage
mse-warn-quoted = « { $name } »
mse-warn-complete-lists =
    { $count ->
        [one] la liste { $lists } capture
       *[other] les listes { $lists } capturent chacune
    } toutes les personnes observées : personne n’a été vu en dehors, si bien que les recoupements ne disent rien des personnes manquées. L’estimation est le total observé, { $observed } (la limite de l’ajustement du maximum de vraisemblance de tout modèle quand la probabilité de capture de cette liste tend vers 1), et il n’y a pas de limite supérieure (comme le rapportent SparseMSE et Rcapture) : une population cachée plus grande ne peut être exclue. Aucun modèle n’a été ajusté et aucune autre méthode n’est comparée ; une estimation sans cette liste utilise les recoupements des autres.
mse-warn-complete-lists-two =
    { $count ->
        [one] la liste { $lists } capture
       *[other] les listes { $lists } capturent chacune
    } toutes les personnes observées : personne n’a été vu en dehors, si bien que les recoupements ne disent rien des personnes manquées. L’estimation est le total observé, { $observed } (la limite de l’ajustement du maximum de vraisemblance de tout modèle quand la probabilité de capture de cette liste tend vers 1), et il n’y a pas de limite supérieure (comme le rapportent SparseMSE et Rcapture) : une population cachée plus grande ne peut être exclue. Aucun modèle n’a été ajusté et seuls les estimateurs à deux listes, qui donnent le même total, sont comparés.
mse-warn-no-bootstrap = pas de bootstrap : aucun modèle ne peut être ajusté à ces données
mse-warn-bca-clamped = des limites BCa aux quantiles { $quantiles } dépassaient la réplication bootstrap extrême et ont été ramenées à celle-ci (comme le fait la référence) ; utilisez plus de réplications
mse-warn-too-few-finite = trop peu de réplications bootstrap ont une estimation finie : pas de limites BCa
mse-warn-bca-infinite-bias = toutes les réplications bootstrap sont du même côté de l’estimation : la correction de biais BCa est infinie
mse-warn-replicates-failed = { $count } réplications bootstrap sur { $replicates } n’ont pas pu être ajustées et ont été écartées
mse-warn-replicates-unfitted = dans { $count } réplications bootstrap sur { $replicates }, un modèle a passé le contrôle d’existence et d’identifiabilité mais n’a pas pu être ajusté, et la sélection de la réplication a été faite sans lui
mse-warn-replicates-no-mle = { $count } réplications bootstrap sur { $replicates } ({ $percent }) n’ont pas d’estimation finie : un recoupement dont le modèle retenu a besoin est vide dans le rééchantillon, si bien que l’estimation du maximum de vraisemblance n’existe pas (contrôle de Fienberg–Rinaldo) ; elles ont été écartées, non comptées comme de très grands nombres. De telles réplications représentent de très grandes populations : les limites supérieures BCa sont trop basses, et celles aux quantiles supérieurs à { $above } ne sont pas bornées et ne sont pas données
mse-warn-jackknife = jackknife : l’estimation sans une personne de la cellule { $cell } a échoué ou n’a pas d’estimation finie du maximum de vraisemblance ; cette cellule est omise du calcul de l’accélération
mse-warn-repeated-line = la ligne { $line } répète la ligne { $first } (le même identifiant sur la liste « { $list } ») : comptée une fois
mse-warn-summed = les lignes { $lines } donnent la même histoire de capture ; leurs effectifs ont été additionnés
mse-warn-more-summed = et { $count } autres histoires de capture répétées additionnées
mse-warn-more-repeated = et { $count } autres lignes répétées
