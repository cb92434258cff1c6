#!/bin/sh
# Run before `npm test` (the pretest script) and by .ci/run: the suite drives two programs for
# real, promtool (Debian package prometheus) to check and unit-test the generated alert rules,
# and Chromium (package chromium, or CHROMIUM_PATH) to load report.html. On a fresh Debian
# machine as root they are installed; anywhere else a missing one is named, and the tests stop.
set -eu

missing() {
  list=""
  command -v promtool >/dev/null 2>&1 || list="$list prometheus"
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || list="$list chromium"
  echo "$list"
}

need=$(missing)
[ -z "$need" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: installing${need} for the tests (apt-get)" >&2
  apt-get update -qq >/dev/null
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
  need=$(missing)
  [ -z "$need" ] && exit 0
fi

echo "ensure-test-tools: the tests need${need} (Debian packages; promtool comes with prometheus, Chromium is looked for at \${CHROMIUM_PATH:-/usr/bin/chromium}): run \`sudo apt-get install --no-install-recommends${need}\`, or \`npm test\` as root on Debian to install them" >&2
exit 1
