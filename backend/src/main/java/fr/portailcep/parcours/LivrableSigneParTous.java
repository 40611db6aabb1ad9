package fr.portailcep.parcours;

import java.time.Instant;
import java.util.UUID;

/**
 * The fact the parcours listens to when a unit's document is signed by everyone and sealed (DD011 §3: parcours does
 * not know the livrable feature; that feature's event implements this interface). The unit in progress closes
 * with the motive the signature gives.
 */
public interface LivrableSigneParTous {

    UUID beneficiaireId();

    /** The unit the document closes. */
    UniteOeuvre uo();

    /** When the document was sealed (the unit closes on that day). */
    Instant signeLe();

    /** At least one signer signed on paper. */
    boolean papier();

    /** For a Projet professionnel (UO2.1): whether the person wants UO2.2. */
    boolean souhaitUo22();

    /** The conseiller who co-signed (the author of the closing in the history). */
    UUID conseillerId();
}
