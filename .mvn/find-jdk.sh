# Sourced by ./mvnw, ./vigie and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# The machine's default java may be older, so we look for a suitable one ourselves.
vigie_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

vigie_find_jdk() {
  local candidate major restore_glob=false
  case "$-" in *f*) restore_glob=true; set +f ;; esac
  for candidate in "${JAVA_HOME:-}" "${VIGIE_JAVA_HOME:-}" \
      $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV) \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(vigie_java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      if $restore_glob; then set -f; fi
      return 0
    fi
  done
  if $restore_glob; then set -f; fi
  return 1
}

if ! VIGIE_JDK="$(vigie_find_jdk)"; then
  echo "Vigie needs a JDK 21 or newer: none found in JAVA_HOME or /usr/lib/jvm; install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$VIGIE_JDK"
# Maven 3.9's Guice trips JDK 24+'s sun.misc.Unsafe warnings on every run; they are noise.
if [ "$(vigie_java_major "$JAVA_HOME")" -ge 24 ]; then
  case "${MAVEN_OPTS:-}" in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" ;;
  esac
fi
