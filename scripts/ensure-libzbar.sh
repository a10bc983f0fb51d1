#!/bin/sh
# pyzbar needs Debian's libzbar0. Install it when missing and we are root; otherwise say how, exit 7.
if ldconfig -p 2>/dev/null | grep -q 'libzbar\.so\.0'; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing libzbar0 (needed by pyzbar to scan QR codes)" >&2
    (apt-get install -y -q libzbar0 >/dev/null 2>&1 || \
        (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q libzbar0 >/dev/null 2>&1)) && exit 0
    echo "error: apt-get could not install libzbar0" >&2
    exit 7
fi
echo "error: libzbar0 is missing; install it with: sudo apt-get install libzbar0" >&2
exit 7
