### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

indicator-detected-victims = Victimes de la traite détectées
indicator-prosecuted = Personnes poursuivies
indicator-convicted = Personnes condamnées
indicator-formal-contact = Personnes entrées en contact formel avec le système de justice pénale
indicator-offences = Infractions de traite des personnes
sex-total = Total
sex-female = Femmes
sex-male = Hommes
sex-other = Autre
sex-unknown = Inconnu
age-total = Total
age-child = 0 à 17 ans
age-adult = 18 ans ou plus
age-unknown = Inconnu
form-sexual = Exploitation sexuelle
form-forced-labour = Travail forcé
form-forced-marriage = Mariage forcé
form-slavery = Esclavage et pratiques analogues
form-organ-removal = Prélèvement d’organes
form-forced-criminality = Criminalité forcée
form-other = Autres formes d’exploitation

data-title = Traite des personnes : statistiques nationales
data-lead = Victimes détectées, personnes poursuivies et condamnées, telles que les États les communiquent à l’ONUDC pour le Rapport mondial sur la traite des personnes. Les totaux additionnent un chiffre par pays et par année. L’ONUDC publie les petits effectifs sous la forme « <5 » : chacun compte de 1 à 4, de sorte que les totaux sont des intervalles, jamais des estimations. Les pays qui n’ont rien communiqué sont absents, non comptés comme zéro.
data-loading = Les statistiques de l’ONUDC fournies sont en cours de chargement dans cette nouvelle base de données (une ou deux secondes au premier démarrage) : rechargez la page dans un instant.
data-filters = Filtres
data-indicator = Indicateur
data-from = De
data-to = À
data-all = Tous
data-sex = Sexe
data-age = Âge
data-age-group = Tranche d’âge
data-form = Forme d’exploitation
data-coverage = Couverture : { $coverage }.
data-coverage-text =
    { $countries ->
        [one] { $countries } pays ou territoire
       *[other] { $countries } pays ou territoires
    }, années { $years } ; { $cells } cellules additionnées
data-coverage-none = aucun pays n’a communiqué de données pour cette sélection
data-censored-note = Le total est un intervalle parce que des cellules « <5 » (ou des doublons contradictoires) y contribuent.
data-conflicts = Ce total comprend { $count } lignes dont la clé est publiée plusieurs fois par l’ONUDC avec des valeurs différentes, et que les totaux du même pays et de la même année ne montrent pas comme les parties d’une même cellule (lignes de la source { $lines }) : aucune n’est choisie ; le total couvre leur étendue.
data-all-conflicts = Tous les conflits
data-selection-json = Cette sélection en JSON
data-by-country-year-csv = par pays et par année (CSV)
data-by-year = Par année
data-by-country = Par pays
data-by-form = Par forme d’exploitation
data-no-form-breakdown = Pas de ventilation par forme d’exploitation pour cette sélection.
data-by-sex-age = Par sexe et par âge
data-convictions = Condamnations et détections
data-corridors = Flux : nationalité → pays de détection
data-corridors-caption = Les 20 principaux flux de victimes détectées sur les années choisies (les « nationaux » sont comptés dans le pays déclarant : traite interne).
data-citizenship = Nationalité
data-detected-in = Détectées en/au
data-victims = Victimes
data-years = Années
data-years-none = aucune
data-citizenship-not-stated = non précisée (vide dans la source)
data-citizenship-as-published = { $label } (tel que publié, pas un code de pays)
data-cases-title = Les dossiers individuels à côté des chiffres nationaux
data-no-release = Aucune publication de dossiers individuels n’a été faite. Les dossiers ne parviennent au public que sous forme de publications : des tableaux figés que le détenteur des données établit avec
data-no-release-end = ; une importation seule ne change rien ici.
data-cases-caption = Victimes dans les dossiers regroupés de toutes les sources, par année d’enregistrement, d’après la { $release }, établie à partir de { $records } dossiers (arrondi) : quels que soient les filtres ci-dessus (des tableaux filtrés pourraient être soustraits les uns des autres pour révéler de petites cellules ; le détenteur des données les obtient avec palermo cases indicators). Les statistiques nationales suivent les filtres. Protection : { $method }. La publication est figée : les importations ultérieures ne changent rien ici jusqu’à la prochaine publication.
data-national-statistics = Statistiques nationales
data-case-records = Dossiers individuels
data-source = Source : ONUDC, Rapport mondial sur la traite des personnes, données par pays. Enregistré : { $datasets }. Population : Banque mondiale, SP.POP.TOTL.
data-dataset = { $file } ({ $asof } ; { $rows } lignes, importé le { $imported })
data-unit-persons = personnes
data-bar-tip =
    { $what } : { $value } ({ $countries ->
        [one] { $countries } pays
       *[other] { $countries } pays
    })
data-bar-range = (intervalle : cellules « <5 »)
data-bar-conflicts = ({ $count } doublons contradictoires)
data-rate = { $rate } pour 100 000
data-chart-year-title = { $indicator } par année
data-chart-year-desc = Une barre par année : la partie certaine en plein, l’intervalle ajouté par les cellules « <5 » hachuré. Les pays qui n’ont rien communiqué ne sont pas comptés comme zéro.
data-chart-form-title = { $indicator } par forme d’exploitation
data-chart-form-desc = Totaux sur les années choisies pour chaque forme d’exploitation, d’après les pays qui communiquent cette ventilation.
data-chart-sex-title = { $indicator } par sexe
data-chart-sex-desc = Totaux sur les années choisies par sexe, d’après les pays qui communiquent cette ventilation.
data-chart-age-title = { $indicator } par tranche d’âge et par sexe
data-chart-age-desc = Totaux sur les années choisies pour les enfants (0–17 ans) et les adultes (18 ans et plus), une barre par sexe.
data-chart-conv-title = Condamnations et victimes détectées, par année
data-chart-conv-desc = Pour chaque année, le nombre de victimes détectées et de personnes condamnées, chacun d’après les pays qui le communiquent.
data-map-title = { $indicator }, total sur les années choisies, par pays
data-map-desc = Carte du monde ; chaque pays de la sélection est coloré selon son total (jusqu’à cinq classes comptant à peu près autant de pays ; une classe est un intervalle lorsque des cellules « <5 » font des totaux des intervalles). Gris hachuré : aucune donnée (pas zéro). Blanc : hors du filtre de pays ou de région.
data-country-series-title = Victimes détectées, personnes poursuivies et condamnées, par année (ONUDC, GLOTIP)
data-country-series-desc = Pour chaque année déclarée par le pays : victimes de la traite détectées, personnes poursuivies et personnes condamnées. Hachuré : intervalle dû aux cellules « <5 ».
data-case-withheld = moins de { $k } ou masqué
data-case-release = publication { $id } du { $date } ({ $method }){ $note }
data-case-about = environ { $count }
data-dataset-as-of = données au { $date }
data-dataset-no-as-of = date des données non indiquée
data-no-total = aucun total publié
data-no-total-note = L’ONUDC ne publie aucun total pour cette sélection, seulement des ventilations : les graphiques ci-dessous les montrent telles que publiées. Un total n’est dérivé que là où la ventilation par forme d’exploitation est complète.
data-derived = Dérivé, non publié :
data-derived-note =
    { $cells ->
        [one] { $cells } couple pays-année
       *[other] { $cells } couples pays-année
    } de ce total ({ $countries }) n’ont pas de total publié ; chacun compte pour la somme de ses trois formes d’exploitation (exploitation sexuelle, travail forcé, autres formes).
data-summed-note =
    { $count ->
        [one] { $count } clé publiée plusieurs fois par l’ONUDC est comptée
       *[other] { $count } clés publiées plusieurs fois par l’ONUDC sont comptées
    } comme la somme de leurs lignes : les totaux du même pays et de la même année ne concordent qu’ainsi (sous-formes publiées sous un seul intitulé).
data-panel = Les mêmes pays chaque année (panel cylindré)
data-panel-text =
    Un total par année additionne les pays qui ont communiqué des données cette année-là ; il monte et baisse donc avec leur nombre. Cette vue ne retient que { $countries ->
        [one] le { $countries } pays ou territoire
       *[other] les { $countries } pays ou territoires
    } ayant communiqué des données chaque année de { $from } à { $to } (choisissez les années ci-dessus).
data-panel-none = Aucune année n’a de données pour cette sélection.
data-chart-panel-title = { $indicator } par année, les mêmes pays chaque année
data-chart-panel-desc = Une barre par année pour les pays ayant communiqué des données chaque année de la période : une variation d’une année à l’autre est une variation de leurs chiffres, non de la liste des pays déclarants.
data-reporting-countries = Sous chaque année : le nombre de pays déclarants
data-reporting-countries-two = Sous chaque année : pays déclarants (victimes détectées · personnes condamnées)
data-bar-summed =
    ({ $count ->
        [one] { $count } clé répétée additionnée
       *[other] { $count } clés répétées additionnées
    })
data-bar-derived =
    ({ $count ->
        [one] { $count } total dérivé des formes d’exploitation
       *[other] { $count } totaux dérivés des formes d’exploitation
    })
