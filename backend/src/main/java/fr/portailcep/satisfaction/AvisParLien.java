package fr.portailcep.satisfaction;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-tap answer of a satisfaction courriel, without a password: the signed link is the proof (DD019). Open to
 * anyone, as the link page is: a link answers one question of one survey, once.
 */
@Service
public class AvisParLien {

    private final EnqueteRepository enquetes;
    private final LiensAvis liens;
    private final Clock horloge;

    AvisParLien(EnqueteRepository enquetes, LiensAvis liens, Clock horloge) {
        this.enquetes = enquetes;
        this.liens = liens;
        this.horloge = horloge;
    }

    /**
     * What the link would record, without recording it: {@link ReponseParLien.AConfirmer} when it is good and its
     * question unanswered, otherwise the same refusal {@link #repondre} would give. For the page that opens the link:
     * opening it must not answer (a mail scanner follows the links of a courriel).
     */
    @Transactional(readOnly = true)
    public ReponseParLien lire(String jeton) {
        var maintenant = horloge.instant();
        return switch (liens.lire(jeton, maintenant)) {
            case LiensAvis.Lecture.Falsifie f -> new ReponseParLien.Falsifie();
            case LiensAvis.Lecture.Expire x -> new ReponseParLien.Expire();
            case LiensAvis.Lecture.Valide v -> enquetes.findById(v.enquete())
                    .<ReponseParLien>map(e -> e.repondue(v.question()) || !maintenant.isBefore(e.liensValablesJusquAu())
                            ? new ReponseParLien.DejaUtilise(e.id())
                            : new ReponseParLien.AConfirmer(v.question(), v.niveau()))
                    .orElse(new ReponseParLien.Falsifie());
        };
    }

    /** Records the answer the link carries, once; says why not otherwise. */
    @Transactional
    public ReponseParLien repondre(String jeton) {
        var maintenant = horloge.instant();
        return switch (liens.lire(jeton, maintenant)) {
            case LiensAvis.Lecture.Falsifie f -> new ReponseParLien.Falsifie();
            case LiensAvis.Lecture.Expire x -> new ReponseParLien.Expire();
            case LiensAvis.Lecture.Valide v -> {
                var trouvee = enquetes.verrouiller(v.enquete());
                if (trouvee.isEmpty()) {
                    // Signed by the portal for a survey that is gone: as good as a forged link for the person.
                    yield new ReponseParLien.Falsifie();
                }
                var e = trouvee.get();
                if (e.repondue(v.question()) || !maintenant.isBefore(e.liensValablesJusquAu())) {
                    yield new ReponseParLien.DejaUtilise(e.id());
                }
                e.repondreParLien(v.question(), v.niveau(), maintenant);
                enquetes.saveAndFlush(e);
                var autre = Arrays.stream(Question.values()).filter(q -> q != v.question() && !e.repondue(q))
                        .findFirst();
                var choix = autre.map(q -> Arrays.stream(Niveau.values())
                        .map(n -> new ReponseParLien.Choix(n, CourrielsSatisfaction.cheminAvis(
                                liens.jeton(e.id(), q, n, e.liensValablesJusquAu()))))
                        .toList()).orElse(java.util.List.of());
                yield new ReponseParLien.Enregistree(e.id(), v.question(), v.niveau(), Optional.ofNullable(autre.orElse(null)),
                        choix, e.ouverteJusquAu());
            }
        };
    }
}
