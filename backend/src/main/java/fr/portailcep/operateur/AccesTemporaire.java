package fr.portailcep.operateur;

import java.util.Optional;
import java.util.UUID;

/**
 * An access to one person's data that the view {@code acces_personne} does not give: the médiateur's access to the
 * dossier of a referral, granted for a limited time (issue 11). {@link PolitiqueAcces} asks every bean of this kind
 * before refusing a <b>read</b>, never an act: such an access is read-only. Each read it allows is journaled like any
 * staff read, with what the access names.
 */
public interface AccesTemporaire {

    /**
     * Whether this account may read this person's data now (by the portal's clock).
     *
     * @return what the access is, for the journal (e.g. "MEDIATION 2027-…"), or empty when it is not open
     */
    Optional<String> ouvert(UUID compteId, UUID beneficiaireId);
}
