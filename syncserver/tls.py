"""HTTPS for use over the internet: the branch's self-signed certificate (or the user's own), its fingerprint.

Devices pin the certificate by the SHA-256 of its DER bytes, which the pairing QR carries as `fp=`; a
self-signed certificate is therefore as safe as one from a public authority, and needs no renewal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from .netinfo import lan_addresses

TLS_DIR = "tls"
CERT_FILE = "campo-cert.pem"
KEY_FILE = "campo-key.pem"
VALID_DAYS = 3650  # pinned by fingerprint: expiry would only break paired devices


class TlsError(Exception):
    """The certificate or key cannot be used (missing, unreadable, not a pair)."""


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """A certificate and its private key in PEM files."""

    cert: Path
    key: Path


def default_tls_files(data_dir: Path) -> TlsFiles:
    """Where the branch's self-signed certificate lives in its data directory."""
    folder = Path(data_dir) / TLS_DIR
    return TlsFiles(folder / CERT_FILE, folder / KEY_FILE)


def ensure_self_signed(data_dir: Path, branch_name: str = "Campo") -> TlsFiles:
    """The data directory's certificate, made on first use (ECDSA P-256, every LAN address in its names)."""
    files = default_tls_files(data_dir)
    if files.cert.exists() and files.key.exists():
        return files
    from cryptography import x509  # noqa: PLC0415 - only when TLS is asked for
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Campo {branch_name}"[:64]),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Campo")])
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.DNSName(socket.gethostname() or "localhost")]
    for address in {"127.0.0.1", *lan_addresses()}:
        names.append(x509.IPAddress(ipaddress.ip_address(address)))
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    files.cert.parent.mkdir(parents=True, exist_ok=True)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    temp_key = files.key.with_suffix(".tmp")
    fd = os.open(temp_key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the key is for this account only
    with os.fdopen(fd, "wb") as out:
        out.write(key_pem)
    temp_cert = files.cert.with_suffix(".tmp")
    temp_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    os.replace(temp_key, files.key)
    os.replace(temp_cert, files.cert)  # the certificate last: its presence means the pair is whole
    return files


def certificate_fingerprint(cert_path: Path) -> str:
    """SHA-256 of the (first) certificate's DER bytes, lowercase hex: the pairing URI's `fp`."""
    try:
        pem = Path(cert_path).read_text("ascii")
        der = ssl.PEM_cert_to_DER_cert(pem[: pem.index("-----END CERTIFICATE-----") + 25])
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise TlsError(f"cannot read the certificate {cert_path}: {exc}") from None
    return hashlib.sha256(der).hexdigest()


def server_context(files: TlsFiles) -> ssl.SSLContext:
    """A TLS 1.2+ server context for the certificate and key; TlsError when they do not load or match."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(files.cert, files.key)
    except (OSError, ssl.SSLError) as exc:
        raise TlsError(f"cannot use the certificate {files.cert} with the key {files.key}: {exc}") from None
    return context


def resolve_tls(data_dir: Path, cert: Path | None, key: Path | None, branch_name: str = "Campo") -> TlsFiles:
    """The user's own certificate and key when given (both), else the data directory's self-signed one."""
    if (cert is None) != (key is None):
        raise TlsError("give both a certificate and its key, or neither (a self-signed one is made)")
    if cert is not None and key is not None:
        return TlsFiles(Path(cert), Path(key))
    return ensure_self_signed(data_dir, branch_name)
