# Sourced by the scripts that need Postfix's test servers: fetches the Debian postfix package
# (without installing a mail system: apt-get download, then dpkg -x into ~/.cache/kanta/postfix).
# Sets POSTFIX (the unpacked package) and LD_LIBRARY_PATH (its libraries).
POSTFIX=${KANTA_POSTFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/kanta/postfix}
if [ ! -x "$POSTFIX/usr/sbin/smtp-sink" ]; then
  echo "fetching Postfix's smtp-sink into $POSTFIX" >&2
  mkdir -p "$POSTFIX"
  download=$(mktemp -d)
  (cd "$download" && { apt-get download postfix >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && apt-get download postfix >/dev/null; }; } \
    && dpkg -x postfix_*.deb "$POSTFIX") || { echo "could not fetch Debian's postfix package" >&2; exit 1; }
  rm -rf "$download"
fi
export LD_LIBRARY_PATH="$POSTFIX/usr/lib/postfix"
