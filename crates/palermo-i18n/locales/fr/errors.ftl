### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

error-not-found = Introuvable
error-bad-request = Requête incorrecte
error-too-large = Requête trop volumineuse
error-time-limit = Délai dépassé
error-busy = Serveur occupé
error-too-many-requests = Trop de requêtes
error-internal = Erreur interne
error-internal-message = Une erreur s’est produite de notre côté ; elle a été consignée.
error-no-page = Il n’y a pas de page à l’adresse { $path }.
error-back-to-dashboard = Retour au tableau de bord
error-query-unreadable = la chaîne de requête est illisible ({ $detail }) ; donnez chaque paramètre une seule fois, et seulement ceux que la route accepte (voir /api/v1/openapi.json)
error-no-instrument = Aucun instrument ne s’appelle { $code }.
error-no-country = Aucun pays n’a le code { $code }.
error-as-of-not-a-date = as_of { $value } n’est pas une date AAAA-MM-JJ
error-unknown-value = { $name } inconnu : { $value }
error-format = format inconnu { $value } : json ou csv
error-not-a-year = { $name }={ $value } n’est pas une année (quatre chiffres, par exemple 2019)
error-not-a-number = { $name }={ $value } n’est pas un nombre
error-no-release = il n’y a pas de publication { $id }
error-release-withdrawn = la publication { $id } a été retirée le { $date } par le détenteur des données
error-no-release-yet = aucune publication de dossiers individuels n’a encore été faite ; le détenteur des données en fait une avec `palermo cases release create`
error-panel-by-year = panel=balanced exige by=year (le panel est une série par année)

## Paramètres de requête (palermo_model::query::ParamError).
param-unknown-name = paramètre inconnu { $name } : cette adresse accepte { $expected }
param-unknown-name-suggest = paramètre inconnu { $name } : vouliez-vous dire { $suggestion } ? Cette adresse accepte { $expected }
param-repeated = le paramètre { $name } est donné plusieurs fois ; donnez-le une seule fois
param-unknown-value = { $name } inconnu « { $value } » : valeurs possibles { $expected }
param-country-name = le pays « { $value } » est un nom : donnez son code ISO 3166-1 alpha-3, { $iso3 }
param-unknown-country = pays inconnu « { $value } » : donnez un code ISO 3166-1 alpha-3, par exemple MDA
param-unknown-region = région inconnue « { $value } » : valeurs possibles { $expected }, ou l’une de leurs sous-régions
param-not-a-year = { $name }={ $value } n’est pas une année (quatre chiffres de 1900 à 2100, par exemple 2019)
param-not-a-number = { $name }={ $value } n’est pas un nombre entier de { $min } à { $max }
