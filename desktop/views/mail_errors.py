"""What went wrong with the mail settings or the SMTP server, in the office's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from syncserver.mail_settings import MAX_RECIPIENTS, MailSettingsError
from syncserver.mail_smtp import MailError


def explain_setting(error: MailSettingsError) -> str:
    """A sentence naming the field to fix."""
    sentences = {
        "host": QCoreApplication.translate("MailErrors", "Escriba el servidor de correo (SMTP), por ejemplo smtp.ejemplo.com."),
        "port": QCoreApplication.translate("MailErrors", "El puerto debe estar entre 1 y 65535."),
        "security": QCoreApplication.translate("MailErrors", "Elija la seguridad de la conexión."),
        "from_address": QCoreApplication.translate("MailErrors", "Escriba la dirección del remitente, por ejemplo campo@sucursal.com."),
        "recipients": QCoreApplication.translate(
            "MailErrors", "Escriba al menos un destinatario, una dirección válida por línea (hasta %d).") % MAX_RECIPIENTS,
        "username": QCoreApplication.translate("MailErrors", "Escriba el usuario de la contraseña."),
        "to": QCoreApplication.translate("MailErrors", "Escriba una dirección válida a la que enviar la prueba."),
    }
    return sentences.get(error.field, str(error))


def explain_mail_error(error: Exception) -> str:
    """What the SMTP server (or the network) said, and what to check."""
    if not isinstance(error, MailError):
        return QCoreApplication.translate("MailErrors", "No se pudo enviar el correo: %s") % error
    sentences = {
        "connect": QCoreApplication.translate("MailErrors", "No se pudo conectar con el servidor de correo: revise el servidor y el puerto."),
        "timeout": QCoreApplication.translate("MailErrors", "El servidor de correo no respondió a tiempo."),
        "tls": QCoreApplication.translate("MailErrors", "Falló el cifrado de la conexión: revise la seguridad elegida (STARTTLS o TLS) y el puerto."),
        "auth": QCoreApplication.translate("MailErrors", "Falló la autenticación: revise el usuario y la contraseña."),
        "sender": QCoreApplication.translate("MailErrors", "El servidor de correo rechazó el remitente."),
        "recipients": QCoreApplication.translate("MailErrors", "El servidor de correo rechazó el destinatario."),
        "refused": QCoreApplication.translate("MailErrors", "El servidor de correo rechazó el mensaje."),
        "disconnected": QCoreApplication.translate("MailErrors", "El servidor de correo cortó la conexión."),
        "settings": QCoreApplication.translate("MailErrors", "Falta configurar el servidor de correo."),
    }
    sentence = sentences.get(error.kind, QCoreApplication.translate("MailErrors", "El servidor de correo respondió con un error."))
    return QCoreApplication.translate("MailErrors", "No se envió. %s Respuesta: %s") % (sentence, error.detail)
