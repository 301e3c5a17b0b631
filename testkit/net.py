"""Loopback ports, and this machine's address on its network."""
import ipaddress
import socket


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def own_address():
    """A non-loopback IPv4 address of this machine (to be a client that is
    not loopback), or None when it has none."""
    found = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("203.0.113.1", 9))  # picks the outgoing address (TEST-NET-3); sends nothing
            found.append(s.getsockname()[0])
    except OSError:
        pass
    try:
        found += [ai[4][0] for ai in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    except OSError:
        pass
    return next((a for a in found if not ipaddress.ip_address(a).is_loopback
                 and not ipaddress.ip_address(a).is_unspecified), None)
