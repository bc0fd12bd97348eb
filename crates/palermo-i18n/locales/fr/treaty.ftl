### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

instrument-untoc = Convention contre la criminalité organisée (UNTOC)
instrument-tip = Protocole relatif à la traite des personnes
instrument-som = Protocole contre le trafic illicite de migrants
instrument-firearms = Protocole relatif aux armes à feu
consent-ratification = ratification
consent-acceptance = acceptation
consent-approval = approbation
consent-accession = adhésion
consent-succession = succession
consent-formal-confirmation = confirmation formelle
regional-organisation = Organisation régionale
parties-word =
    { $count ->
        [one] Partie
       *[other] Parties
    }
parties-count =
    { $count ->
        [one] { $count } Partie
       *[other] { $count } Parties
    }
mark-party = Partie
mark-signatory = signataire
mark-none = —

home-title = La Convention contre la criminalité transnationale organisée et ses Protocoles
home-lead = Qui a signé, ratifié ou adhéré, et qui ne l’a pas encore fait. L’Assemblée générale et la Commission pour la prévention du crime et la justice pénale invitent les États Membres qui ne l’ont pas encore fait à ratifier la Convention et ses Protocoles ou à y adhérer.
home-parties-per-instrument = Parties par instrument
home-card-members = { $parties } des { $members } États Membres de l’ONU ({ $percent }) ;
home-card-signatories =
    { $signatories } signataires, dont { $not_party } { $not_party ->
        [one] qui n’est pas encore Partie
       *[other] qui ne sont pas encore Parties
    }.
home-card-meter = { $parties } des { $members } États Membres de l’ONU sont Parties
home-recent = Nouvelles Parties les plus récentes dans l’état présenté
home-recent-caption = Les derniers consentements à être lié figurant dans les états présentés, tous instruments confondus (état aux dates ci-dessus ; les consentements ultérieurs n’y figurent pas).

notice-title = Cet état des traités n’est pas à jour
notice-snapshot-as-at = l’état présenté est un relevé au
notice-years-old =
    (datant de { $years ->
        [one] { $years } an
       *[other] { $years } ans
    })
notice-newest-count = Le dernier décompte officiel connu est de
notice-newest-rest = et { $signatories } signataires au { $date }
notice-untc-page-of-that-date = page de la Collection des traités des Nations Unies à cette date
notice-current-status = État actuel :
notice-at-untc = { $instrument } dans la Collection des traités des Nations Unies
notice-how-to-load = Pour afficher un état plus récent, téléchargez le tableau de l’état depuis la Collection des traités des Nations Unies et chargez-le :

instrument-adopted = Adoption
instrument-entry-into-force = Entrée en vigueur
instrument-unts = Recueil des Traités des Nations Unies
instrument-unts-ref = vol. { $volume }, no { $number }
instrument-depositary = Référence du dépositaire
instrument-mtdsg = MTDSG, chapitre XVIII, { $number }
instrument-status-at-untc = état dans la Collection des traités des Nations Unies
instrument-status-shown = État présenté
instrument-asked-beyond = (vous avez demandé le { $asked }, mais les dernières données datent du { $latest } : les actes ultérieurs ne sont pas connus)
instrument-source = Source
instrument-latest-snapshot = (dernier relevé : { $date })
instrument-status-on-date = État à la date du
instrument-counts = { $signatories } signataires (dont { $not_party } pas encore Parties),
instrument-members-then = { $parties } des { $members } États Membres de l’ONU à cette date.
instrument-parties-by-year = Parties par année
instrument-participants = Participants
instrument-participants-caption = { $count } participants au { $date }. Sélectionnez un en-tête de colonne pour trier.
instrument-not-party-title = États Membres de l’ONU qui ne sont pas encore Parties ({ $count }, au { $date })
instrument-not-party-lead = Par région de l’ONU. Les États marqués « signé » ont signé mais pas encore ratifié.
instrument-signed-mark = (signé)
chart-parties-title = Parties au { $instrument } par année (cumul)
chart-parties-desc = Nombre de Parties à la fin de chaque année (cumul), compté à partir des dates de ratification, d’acceptation, d’approbation, d’adhésion ou de succession.
chart-parties-tip = { $year } : { $total } Parties ({ $new } nouvelles)
chart-parties-unit = Parties

countries-title = Pays et territoires
countries-lead = État au regard de chaque instrument, à la date indiquée en tête de colonne : « Partie », « signataire » (a signé, pas encore Partie) ou « — » (aucun acte).
countries-caption = { $count } pays et territoires (ISO 3166-1).
countries-as-at = (au { $date })

country-codes = Codes
country-population = Population
country-population-value = { $population } ({ $year }, Banque mondiale)
country-population-none = aucun chiffre de la Banque mondiale
country-status-title = État au regard de la Convention et de ses Protocoles
country-status-caption = État au regard de chaque instrument à la date de son dernier relevé (Collection des traités des Nations Unies).
country-party-since = Partie depuis le { $date } ({ $kind })
country-signatory-since = Signataire depuis le { $date }, pas encore Partie
country-neither = Ni Partie ni signataire
country-statistics-title = Statistiques sur la traite
country-conflicts = { $count } valeur(s) publiée(s) plusieurs fois avec des chiffres différents ; le graphique en montre l’étendue
country-conflicts-link = conflits
country-all-figures = Tous les chiffres de ce pays
instrument-adopted-by = résolution { $resolution } de l’Assemblée générale
