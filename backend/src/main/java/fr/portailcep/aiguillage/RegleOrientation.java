package fr.portailcep.aiguillage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who fits a person best (CCTP §1.2.4). This operator counsels, beyond the aiguillage, the working people of the
 * private sector not already followed by another CEP operator; the others are told which operator is there for
 * them: the operator who already follows them, France Travail for job seekers, their employer for public agents,
 * Cap emploi for people with a disability, the Apec for cadres, the Mission locale for young people, the regional
 * operator of another region when they neither live nor work here. The person may still choose to continue here.
 * <p>
 * The first matching rule, in this order, gives the main advice; the other matching ones are mentioned too.
 */
public final class RegleOrientation {

    /** The advice: the main orientation, the other operators that could help, and whether the person is from elsewhere. */
    public record Conseil(Orientation principale, List<Orientation> autres, boolean horsRegion) {

        public boolean estInterne() {
            return principale.estInterne();
        }
    }

    private RegleOrientation() {
    }

    /**
     * @param departementsDeLaRegion the départements of this operator's region (empty: not checked)
     */
    public static Conseil orienter(Reponses r, Optional<Set<String>> departementsDeLaRegion) {
        var correspondances = new ArrayList<Orientation>();
        if (r.dejaSuivi() == DejaSuivi.OUI) {
            correspondances.add(Orientation.OPERATEUR_CEP_ACTUEL);
        }
        if (!r.situation().enEmploi()) {
            correspondances.add(Orientation.FRANCE_TRAVAIL);
        }
        if (r.situation() == Situation.SALARIE && r.employeur() == Employeur.PUBLIC) {
            correspondances.add(Orientation.EMPLOYEUR_PUBLIC);
        }
        if (Boolean.TRUE.equals(r.handicap())) {
            correspondances.add(Orientation.CAP_EMPLOI);
        }
        if (Boolean.TRUE.equals(r.cadre())) {
            correspondances.add(Orientation.APEC);
        }
        if (r.trancheAge() == TrancheAge.MOINS_DE_26) {
            correspondances.add(Orientation.MISSION_LOCALE);
        }
        var horsRegion = departementsDeLaRegion.map(deps -> !dans(r.codePostalDomicile(), deps)
                && (r.codePostalTravail() == null || !dans(r.codePostalTravail(), deps))).orElse(false);
        if (horsRegion) {
            correspondances.add(Orientation.OPERATEUR_CEP_REGIONAL);
        }
        if (correspondances.isEmpty()) {
            return new Conseil(Orientation.RENDEZ_VOUS_CEP, List.of(), false);
        }
        return new Conseil(correspondances.getFirst(), List.copyOf(correspondances.subList(1, correspondances.size())),
                horsRegion);
    }

    private static boolean dans(String codePostal, Set<String> departements) {
        return codePostal != null && departements.contains(Regions.departementDuCodePostal(codePostal));
    }
}
