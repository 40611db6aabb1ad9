package fr.portailcep.mediation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.operateur.AccesTemporaire;
import fr.portailcep.shared.Formats;

/**
 * The médiateur's access to a referred dossier (issue 11): open when an admissible referral of this médiateur for
 * this person has its access requested and not expired, by the portal's clock. The access policy asks it before
 * refusing a read (never an act) and journals the read with what this answer names; the same moment, the read is
 * recorded for the person to see ({@code saisine_consultation}).
 */
@Component
class AccesMediateur implements AccesTemporaire {

    private final SaisineRepository saisines;
    private final Consultations consultations;
    private final Clock horloge;

    AccesMediateur(SaisineRepository saisines, Consultations consultations, Clock horloge) {
        this.saisines = saisines;
        this.consultations = consultations;
        this.horloge = horloge;
    }

    @Override
    public Optional<String> ouvert(UUID compteId, UUID beneficiaireId) {
        if (compteId == null || beneficiaireId == null) {
            return Optional.empty();
        }
        var maintenant = horloge.instant();
        var saisine = saisines.accesOuvert(compteId, beneficiaireId, maintenant);
        saisine.ifPresent(s -> consultations.noter(s.id, compteId, maintenant));
        return saisine.map(s -> "MEDIATION " + s.numero + " jusqu’au "
                + Formats.francais().date(s.accesJusquAu.atZone(horloge.getZone()).toLocalDate()));
    }

    /** Records a read in a transaction of its own (the policy's check is read-only), like the journal. */
    @Component
    static class Consultations {

        private final SaisineRepository saisines;

        Consultations(SaisineRepository saisines) {
            this.saisines = saisines;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void noter(UUID saisineId, UUID mediateurId, java.time.Instant le) {
            saisines.noterConsultation(saisineId, mediateurId, "DOSSIER", le);
        }
    }
}
