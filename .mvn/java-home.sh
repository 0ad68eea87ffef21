# Sourced by mvnw and run-local (POSIX sh): when JAVA_HOME is unset or older than 21, points it at a JDK >= 21 found
# on the PATH or under /usr/lib/jvm. If none is found, JAVA_HOME stays as it was and the build's enforcer says so.
kairos_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
kairos_jdk_ok() {
  [ -x "$1/bin/javac" ] && [ "$(kairos_java_major "$1")" -ge 21 ] 2>/dev/null
}
if [ -z "${JAVA_HOME-}" ] || ! kairos_jdk_ok "$JAVA_HOME"; then
  kairos_jdk=
  if command -v javac >/dev/null 2>&1; then
    kairos_candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if kairos_jdk_ok "$kairos_candidate"; then kairos_jdk=$kairos_candidate; fi
  fi
  if [ -z "$kairos_jdk" ]; then
    # mvnw runs with globbing off: switch it on for this loop only
    case $- in *f*) kairos_noglob=yes ;; *) kairos_noglob=no ;; esac
    set +f
    for kairos_candidate in /usr/lib/jvm/*; do
      if kairos_jdk_ok "$kairos_candidate"; then kairos_jdk=$kairos_candidate; break; fi
    done
    if [ "$kairos_noglob" = yes ]; then set -f; fi
  fi
  if [ -n "$kairos_jdk" ]; then
    JAVA_HOME=$kairos_jdk
    export JAVA_HOME
  fi
fi
