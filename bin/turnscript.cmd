@echo off
rem Runs the Turnscript command line (and, without arguments or with files, the editor) from a clone after
rem "mvnw package", with the JVM options of bin/turnscript: C1 alone and the serial collector with a small young generation suit short runs
rem (the editor's own JVM drops the C1-only option). Set TURNSCRIPT_JAR to use another jar, JAVA to use another java.
setlocal
set "here=%~dp0"
if "%TURNSCRIPT_JAR%"=="" set "TURNSCRIPT_JAR=%here%..\target\turnscript.jar"
if "%JAVA%"=="" set "JAVA=java"
set "archive=%TURNSCRIPT_JAR:~0,-4%.jsa"
if exist "%archive%" (
    "%JAVA%" -XX:SharedArchiveFile="%archive%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m -Xss1m -jar "%TURNSCRIPT_JAR%" %*
) else (
    "%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m -Xss1m -jar "%TURNSCRIPT_JAR%" %*
)
exit /b %ERRORLEVEL%
