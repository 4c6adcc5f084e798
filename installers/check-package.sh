#!/usr/bin/env bash
# Builds the Debian package from a configured build folder and checks it as a user gets it:
# lintian, its contents and dependencies, `dpkg -i`, the installed programs (versions, a short
# `serve` answering the health check over HTTP and HTTPS), the desktop and AppStream files,
# and `dpkg -r`. The package is removed (and purged) again at the end, also after a failure.
#
# Usage, as root (it installs the package): installers/check-package.sh BUILD_DIR
set -euo pipefail

build="${1:?usage: installers/check-package.sh BUILD_DIR}"
build="$(cd "$build" && pwd)"
app_id=dev.omniotap.OmnioTap

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "check-package: $*" >&2
    exit 1
}

[[ $(id -u) -eq 0 ]] || fail "run as root: the check installs and removes the package"
for tool in lintian dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli curl openssl file; do
    command -v "$tool" >/dev/null || fail "$tool is missing (.ci/install-deps installs it)"
done
if dpkg-query -W -f='${Status}' omniotap 2>/dev/null | grep -q "install ok installed"; then
    echo "Note: omniotap is installed already; this check upgrades it, then removes it."
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if dpkg-query -W -f='${Status}' omniotap 2>/dev/null | grep -qv "not-installed"; then
        dpkg --purge omniotap >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "Building the package"
rm -f "$build"/omniotap_*.deb
cmake --build "$build" -j2 --target package
debs=("$build"/omniotap_*.deb)
if ((${#debs[@]} != 1)) || [[ ! -f ${debs[0]} ]]; then
    fail "expected one omniotap_*.deb in $build"
fi
deb="${debs[0]}"
version="$(dpkg-deb --field "$deb" Version)"
upstream_version="${version%-*}"
echo "$deb: version $version, $(du -h "$deb" | cut -f1)"

step "Control fields"
dpkg-deb --info "$deb"
depends="$(dpkg-deb --field "$deb" Depends)"
# dpkg-shlibdeps computed these from the programs' libraries; adduser etc. are listed by hand.
for needed in libqt6core6 libqt6network6 libqt6widgets6 libqt6httpserver6 libqt6keychain1 \
    libsqlite3-0 libqt6sql6-sqlite libqt6svg6 adduser; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

step "Contents"
dpkg-deb --contents "$deb" | tee "$work/contents" | awk '{print $6}'
for path in usr/bin/omniotap usr/bin/omniotap-server lib/systemd/system/omniotap-server.service \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/omniotap/translations/omniotap_de.qm usr/share/omniotap/translations/omniotap_fr.qm \
    usr/share/omniotap/openapi.json usr/share/doc/omniotap/copyright \
    usr/share/doc/omniotap/changelog.Debian.gz usr/share/doc/omniotap/examples/nginx-omniotap.conf \
    usr/share/man/man1/omniotap-server.1.gz; do
    grep -q " \./$path\$" "$work/contents" || fail "the package lacks /$path"
done
for size in 16 32 48 64 128 256; do
    path="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    grep -q " \./$path\$" "$work/contents" || fail "the package lacks /$path"
done

step "lintian"
# Errors and warnings both fail; a warning that is right to ignore needs an override with its
# reason in installers/debian/lintian-overrides.
lintian --display-info --fail-on error,warning "$deb"
echo "lintian: no errors, no warnings"

step "Installing with dpkg -i"
if ! dpkg -i "$deb"; then
    echo "Installing the missing dependencies"
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq
fi
dpkg-query -W -f='${Status}\n' omniotap | grep -q "install ok installed" || fail "not installed"
getent passwd omniotap >/dev/null || fail "postinst did not create the omniotap user"
[[ $(stat -c '%U:%G %a' /var/lib/omniotap) == "omniotap:omniotap 750" ]] ||
    fail "/var/lib/omniotap is $(stat -c '%U:%G %a' /var/lib/omniotap), not omniotap:omniotap 750"

step "Installed programs"
out="$(/usr/bin/omniotap-server --version)"
echo "$out"
[[ $out == "omniotap-server $upstream_version" ]] || fail "omniotap-server --version says '$out'"
out="$(/usr/bin/omniotap --version)"
echo "$out"
[[ $out == "omniotap $upstream_version" ]] || fail "omniotap --version says '$out'"
for size in 16 32 48 64 128 256; do
    file -b "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" |
        grep -q "PNG image data, $size x $size" || fail "the ${size}px icon is not ${size}x${size}"
done

# serve ARGS...: starts the installed server as the service's user on a free port and sets
# server_pid and base_url (http or https, from the server's "listening on" line).
serve() {
    local log="$work/serve.log"
    : >"$log"
    # setpriv execs the server itself, so $! is the server and SIGTERM reaches it directly.
    setpriv --reuid=omniotap --regid=omniotap --init-groups /usr/bin/omniotap-server serve --data-dir "$work/data" \
        --listen 127.0.0.1:0 "$@" >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 150); do
        base_url="$(sed -n 's|^omniotap-server listening on \(https\?://127\.0\.0\.1:[0-9]*\)$|\1|p' "$log")"
        [[ -n $base_url ]] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$log" >&2
    fail "the installed server did not start"
}
stop_server() {
    kill -TERM "$server_pid"
    wait "$server_pid" || fail "the server exited with $? on SIGTERM"
    server_pid=""
}
check_health() {
    local answer
    answer="$(curl --fail --silent --show-error --max-time 10 "$@" "$base_url/api/v1/health")"
    echo "$base_url/api/v1/health: $answer"
    grep -q '"status":"ok"' <<<"$answer" || fail "unexpected health answer"
    grep -q "\"version\":\"$upstream_version\"" <<<"$answer" || fail "health reports another version"
}

step "serve and the health check, as the omniotap user"
install -d -o omniotap -g omniotap -m 0700 "$work/data"
chmod 0755 "$work"
serve
check_health
stop_server

step "serve with --tls-cert/--tls-key"
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -days 1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
chown omniotap "$work/key.pem"
serve --tls-cert "$work/cert.pem" --tls-key "$work/key.pem"
[[ $base_url == https://* ]] || fail "serve with a certificate does not say https: $base_url"
check_health --cacert "$work/cert.pem"
stop_server

step "systemd unit"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /lib/systemd/system/omniotap-server.service
    echo "systemd-analyze verify: no complaints"
else
    echo "systemd-analyze is not installed; skipped"
fi

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "<release version=\"$upstream_version\"" "/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the AppStream metadata does not list release $upstream_version"

step "Removing with dpkg -r"
dpkg -r omniotap
[[ ! -e /usr/bin/omniotap-server && ! -e /usr/bin/omniotap ]] || fail "dpkg -r left the programs"
dpkg --purge omniotap
echo "Removed and purged."

step "Package check passed: $(basename "$deb")"
