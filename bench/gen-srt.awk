# Writes N seeded SRT cues (-v n=50000 -v seed=42): one or two lines of common words, times in order.
BEGIN {
    split("the a and to of in that it is was you I we they he she for on with as at but not this have be so what just like know think really about there can all one would people do going get right yeah well out time because okay", w, " ")
    nw = length(w)
    srand(seed)
    t = 0
    for (i = 1; i <= n; i++) {
        start = t + int(rand() * 200)
        dur = 400 + int(rand() * 600)
        end = start + dur
        t = end
        printf "%d\r\n%s --> %s\r\n", i, ts(start), ts(end)
        lines = rand() < 0.4 ? 2 : 1
        for (l = 1; l <= lines; l++) {
            k = 3 + int(rand() * 5)
            s = ""
            for (j = 1; j <= k; j++) {
                s = s (j > 1 ? " " : "") w[1 + int(rand() * nw)]
            }
            if (l == 1 && i % 37 == 1) {
                s = "KATE: " s
            }
            printf "%s\r\n", s
        }
        printf "\r\n"
    }
}
function ts(ms) {
    return sprintf("%02d:%02d:%02d,%03d", int(ms / 3600000), int(ms / 60000) % 60, int(ms / 1000) % 60, ms % 1000)
}
