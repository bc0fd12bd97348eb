### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

site-name = Palermo
skip-to-content = Aller au contenu
nav-main = Navigation principale
language-switcher = Langue
signed-in-as = Connecté en tant que { $name }
data-as-of = Données au { $date }.
footer-sources = État des traités : Collection des traités des Nations Unies, chapitre XVIII (tableaux de l’état des traités). Pays : ISO 3166-1 et M49 de l’ONU. Population : Banque mondiale, SP.POP.TOTL. Chaque page indique la date des données qu’elle présente.
footer-licence = Palermo est un logiciel libre (MIT OR Apache-2.0).
records-count =
    { $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }
signed-in-as-of = Connecté en tant que { $name } ({ $organisation })
nav-dashboard = Tableau de bord
nav-convention = Convention
nav-tip = Protocole relatif à la traite des personnes
nav-som = Protocole contre le trafic illicite de migrants
nav-firearms = Protocole relatif aux armes à feu
nav-countries = Pays
nav-data = Données sur la traite
nav-mse = Estimer les victimes cachées
nav-api = API
show = Afficher
yes = oui
no = non
no-data = aucune donnée
date-unknown = inconnue
as-at = au { $date }
status-as-at = État au { $date }.
download-csv = Télécharger en CSV
col-year = Année
col-date = Date
col-country = Pays
col-region = Région
col-instrument = Instrument
col-participant = Participant
col-kind = Nature
col-signature = Signature
col-consent = Consentement à être lié
col-status = État
col-status-as-at = État au
col-un-member = État Membre de l’ONU
source-glotip = Source : ONUDC, Rapport mondial sur la traite des personnes (portail de données, { $date }).
chart-table-summary = Tableau des chiffres
chart-note = Note
map-not-in-selection = hors de la sélection
map-no-data-key = aucune donnée (pas zéro)
map-col-figure = Chiffre
map-col-class = Classe
map-table-caption = { $title } : les { $count } pays ayant un chiffre (les autres : aucune donnée)
