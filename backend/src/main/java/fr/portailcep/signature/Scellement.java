package fr.portailcep.signature;

import java.util.List;

/**
 * Seals a document every signer has signed: signature page, original PDF and evidence as PDF/A-3 attachments, the
 * operator's PAdES seal. Declared here for the ceremony to call; the seal's implementation is its own work (DD016).
 */
public interface Scellement {

    /** The sealed PDF of this version, carrying these evidence entries (in journal order). */
    byte[] sceller(DocumentASigner document, List<EntreePreuve> preuves);
}
