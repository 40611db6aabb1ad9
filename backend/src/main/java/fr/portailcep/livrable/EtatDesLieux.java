package fr.portailcep.livrable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The livrable of UO1, the État des lieux partagé (CCTP §2.1.2): the person's situation, the information exchanged,
 * their decision to go on with the conseil en évolution professionnelle or not, and the next steps. Texts are what
 * the conseiller and the person wrote; the template escapes them.
 *
 * @param numeroDossier the dossier's number, as shown to the person
 * @param personne the person's name
 * @param conseiller the conseiller's name
 * @param entretien the day of the first interview
 * @param situation the person's situation, in a few paragraphs
 * @param informationsEchangees each piece of information given or received
 * @param decision go on or not
 * @param suites the next steps, in order
 */
public record EtatDesLieux(String numeroDossier, String personne, String conseiller, LocalDate entretien,
        List<String> situation, List<String> informationsEchangees, Decision decision, List<Etape> suites)
        implements ContenuLivrable {

    public static final String GABARIT = "livrables/etat-des-lieux.html";

    public EtatDesLieux {
        Objects.requireNonNull(numeroDossier);
        Objects.requireNonNull(personne);
        Objects.requireNonNull(conseiller);
        Objects.requireNonNull(entretien);
        Objects.requireNonNull(decision);
        situation = List.copyOf(situation);
        informationsEchangees = List.copyOf(informationsEchangees);
        suites = List.copyOf(suites);
    }

    @Override
    public String gabarit() {
        return GABARIT;
    }

    /** What the person decided at the end of UO1. */
    public enum Decision {
        POURSUIVRE, ARRETER
    }

    /**
     * A next step.
     *
     * @param action what is to be done, and by whom
     * @param echeance the day it is planned for, or {@code null}
     */
    public record Etape(String action, LocalDate echeance) {

        public Etape {
            Objects.requireNonNull(action);
        }
    }
}
