# Sourced by ./run and ./test: finds a JDK 21 or newer and Maven, or says clearly what to install.
java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d") || continue
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "Taitoura needs a JDK 21 or newer, and none was found (JAVA_HOME, /usr/lib/jvm)." >&2
    echo "Install one, e.g. Temurin 21 or 25 (https://adoptium.net), or on Debian/Ubuntu: apt-get install openjdk-21-jdk," >&2
    echo "then set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}
pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
if ! command -v mvn >/dev/null 2>&1; then
  echo "Taitoura builds with Apache Maven 3.8 or newer, which is not installed (Debian/Ubuntu: apt-get install maven)." >&2
  exit 1
fi
# Maven 3.8's bundled Guava uses sun.misc.Unsafe; JDK 23+ warns about it on every build. Keep the output clean.
if [ "$(java_major "$JAVA_HOME")" -ge 23 ] 2>/dev/null; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
