### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

users-create-heading = Créer un compte
users-create-intro = Le nouveau compte n’a pas de mot de passe : un code d’activation à usage unique vous est montré, avec lequel son titulaire choisit son propre mot de passe.
users-email = Courriel
users-name = Nom affiché
users-role = Rôle
users-organisation = Organisation (state:ISO3, un:NOM, icat:NOM ou agency:NOM)
users-create = Créer le compte
users-reset-button = Réinitialiser le mot de passe
users-role-data-provider = Fournisseur de données (un organisme)
users-role-national-focal-point = Point focal national (un État)
users-role-reviewer = Examinateur (expert d’un État examinateur)
users-role-analyst = Analyste (le secrétariat)
users-role-administrator = Administrateur
users-created = Compte créé
users-reset = Mot de passe réinitialisé
users-code-for = Code d’activation pour { $email } :
users-code = Code d’activation
users-code-once = Ce code n’est montré qu’une fois, ici seulement, et vaut 72 heures. Remettez-le au titulaire du compte en personne ou par une autre voie que cette page ; il choisit avec lui son propre mot de passe sur { $link }. Personne d’autre, vous compris, ne connaît le mot de passe ; les sessions du compte ont pris fin.
users-back = Retour aux comptes
users-not-created = Compte non créé
users-bad-email = L’adresse électronique doit contenir un seul @ et au plus 254 caractères.
users-bad-name = Le nom affiché doit compter de 1 à 100 caractères.
users-bad-role = Le rôle doit être l’un de ceux de la liste.
users-bad-organisation = L’organisation s’écrit state:ISO3, un:NOM, icat:NOM ou agency:NOM (de 1 à 64 lettres, chiffres, -, _ ou . après les deux-points).
users-needs-organisation = Ce rôle agit pour une organisation : indiquez-la.
users-exists = Un compte avec cette adresse électronique existe.
users-no-account = Il n’y a pas de compte actif avec cet identifiant.

activate-title = Choisir votre mot de passe
activate-intro = Saisissez le code d’activation qu’un administrateur vous a remis et choisissez un mot de passe d’au moins 12 caractères.
activate-code = Code d’activation
activate-password = Nouveau mot de passe
activate-submit = Enregistrer le mot de passe
activate-too-many = Trop de tentatives depuis votre adresse : attendez une minute et réessayez.
activate-form-expired = Le formulaire a expiré ou ne vient pas de ce site : ouvrez de nouveau /account/activate.
activate-failed = Le mot de passe n’a pas été enregistré : le code est faux, déjà utilisé ou expiré, ou le mot de passe compte moins de 12 caractères. Si le code a expiré, demandez-en un nouveau à un administrateur.
