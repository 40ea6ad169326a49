"""What a role may do, applied to buttons and menu actions: disabled, with a tooltip that says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from syncserver.permissions import PermissionDenied

from ..security_labels import refusal
from ..session import Session

__all__ = ["denied_text", "follow", "guard", "refusal"]


def guard(control: QWidget | QAction, session: Session, action: str, enabled: bool = True, tooltip: str = "") -> bool:
    """Enable `control` when `enabled` and the role allows `action`; otherwise say why in its tooltip."""
    allowed = session.can(action)
    control.setEnabled(enabled and allowed)
    control.setToolTip(tooltip if allowed else refusal(session.role, action))
    return allowed


def follow(host, action: str, *controls: QWidget | QAction) -> None:
    """Guard `controls` now and again whenever the session changes (for controls nothing else enables)."""
    def apply(_session=None) -> None:
        for control in controls:
            guard(control, host.session, action)

    apply()
    host.session_changed.connect(apply)


def error_text(error: Exception) -> str:
    """A failure as the status lines show it: a refusal in the interface's words, else the error's own."""
    return denied_text(error) or str(error) or type(error).__name__


def denied_text(error: Exception) -> str | None:
    """The interface's words for a refusal by the office functions (None when `error` is something else)."""
    if not isinstance(error, PermissionDenied):
        return None
    if error.role is not None and error.action is not None:
        return refusal(error.role, error.action)
    return QCoreApplication.translate("Permissions", "No tiene permiso para esto: la sesión ya no es válida "
                                                     "(¿lo desactivaron?). Cierre Campo y vuelva a entrar.")
