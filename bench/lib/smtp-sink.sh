# Sourced by the benchmarks that need a real SMTP server: fetches Postfix's smtp-sink (postfix.sh),
# starts it on a free loopback port and stops it on exit.
# Sets: POSTFIX (the unpacked package), port (where smtp-sink listens), sink (its pid).
source "$(dirname "${BASH_SOURCE[0]}")/postfix.sh"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sink_user=()
[ "$(id -u)" = 0 ] && sink_user=(-u nobody)    # smtp-sink refuses to run as root without -u
"$POSTFIX/usr/sbin/smtp-sink" "${sink_user[@]}" 127.0.0.1:"$port" 256 &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
