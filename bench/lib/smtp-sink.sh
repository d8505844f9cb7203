# Sourced by the benchmarks that need a real SMTP server: fetches Postfix's smtp-sink (without
# installing a mail system: its Debian package is fetched with apt-get download and unpacked with
# dpkg -x into ~/.cache/kanta/postfix), starts it on a free loopback port and stops it on exit.
# Sets: POSTFIX (the unpacked package), port (where smtp-sink listens), sink (its pid).
POSTFIX=${KANTA_POSTFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/kanta/postfix}
if [ ! -x "$POSTFIX/usr/sbin/smtp-sink" ]; then
  echo "fetching Postfix's smtp-sink into $POSTFIX" >&2
  mkdir -p "$POSTFIX"
  download=$(mktemp -d)
  (cd "$download" && { apt-get download postfix >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && apt-get download postfix >/dev/null; }; } \
    && dpkg -x postfix_*.deb "$POSTFIX") || { echo "mail-benchmark: could not fetch Debian's postfix package" >&2; exit 1; }
  rm -rf "$download"
fi
export LD_LIBRARY_PATH="$POSTFIX/usr/lib/postfix"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sink_user=()
[ "$(id -u)" = 0 ] && sink_user=(-u nobody)    # smtp-sink refuses to run as root without -u
"$POSTFIX/usr/sbin/smtp-sink" "${sink_user[@]}" 127.0.0.1:"$port" 256 &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
