### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

users-create-heading = Crear una cuenta
users-create-intro = La nueva cuenta no tiene contraseña: se le muestra un código de activación de un solo uso, con el que su titular elige su propia contraseña.
users-email = Correo electrónico
users-name = Nombre visible
users-role = Función
users-organisation = Organización (state:ISO3, un:NOMBRE, icat:NOMBRE o agency:NOMBRE)
users-create = Crear la cuenta
users-reset-button = Restablecer la contraseña
users-role-data-provider = Proveedor de datos (un organismo)
users-role-national-focal-point = Punto focal nacional (un Estado)
users-role-reviewer = Examinador (experto de un Estado examinador)
users-role-analyst = Analista (la secretaría)
users-role-administrator = Administrador
users-created = Cuenta creada
users-reset = Contraseña restablecida
users-code-for = Código de activación para { $email }:
users-code = Código de activación
users-code-once = Este código se muestra una sola vez, solo aquí, y es válido durante 72 horas. Entréguelo al titular de la cuenta en persona o por un medio distinto de esta página; con él elige su propia contraseña en { $link }. Nadie más, usted incluido, conoce la contraseña; las sesiones de la cuenta han terminado.
users-back = Volver a las cuentas
users-not-created = Cuenta no creada
users-bad-email = La dirección de correo debe contener una sola @ y tener como máximo 254 caracteres.
users-bad-name = El nombre visible debe tener de 1 a 100 caracteres.
users-bad-role = La función debe ser una de las de la lista.
users-bad-organisation = La organización se escribe state:ISO3, un:NOMBRE, icat:NOMBRE o agency:NOMBRE (de 1 a 64 letras, cifras, -, _ o . tras los dos puntos).
users-needs-organisation = Esta función actúa en nombre de una organización: indíquela.
users-exists = Ya existe una cuenta con esta dirección de correo.
users-no-account = No hay ninguna cuenta activa con este identificador.

activate-title = Elegir su contraseña
activate-intro = Escriba el código de activación que le dio un administrador y elija una contraseña de al menos 12 caracteres.
activate-code = Código de activación
activate-password = Nueva contraseña
activate-submit = Guardar la contraseña
activate-too-many = Demasiados intentos desde su dirección: espere un minuto y vuelva a intentarlo.
activate-form-expired = El formulario ha caducado o no procede de este sitio: abra de nuevo /account/activate.
activate-failed = No se guardó la contraseña: el código es erróneo, ya se usó o ha caducado, o la contraseña tiene menos de 12 caracteres. Si el código ha caducado, pida uno nuevo a un administrador.
