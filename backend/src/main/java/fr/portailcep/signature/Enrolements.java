package fr.portailcep.signature;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.Systeme;

/**
 * The binding of each passkey to its person. By default a passkey is bound by email only; the conseiller who held a
 * rendez-vous with the person may record that they checked an identity document there, for one of the person's
 * passkeys (the person shows it on their phone). The check is journaled as evidence.
 */
@Service
public class Enrolements {

    /** A passkey of the person met, as the conseiller chooses it. */
    public record CleDeLaPersonne(String credentialId, String libelle, java.time.Instant creeeLe,
            Enrolement.Niveau niveau) {
    }

    private final JdbcClient jdbc;
    private final RendezVousTenus rendezVous;
    private final CompteService comptes;
    private final PublicKeyCredentialUserEntityRepository utilisateurs;
    private final UserCredentialRepository cles;
    private final JournalPreuves journal;
    private final Clock horloge;

    Enrolements(JdbcClient jdbc, RendezVousTenus rendezVous, CompteService comptes,
            PublicKeyCredentialUserEntityRepository utilisateurs, UserCredentialRepository cles,
            JournalPreuves journal, Clock horloge) {
        this.jdbc = jdbc;
        this.rendezVous = rendezVous;
        this.comptes = comptes;
        this.utilisateurs = utilisateurs;
        this.cles = cles;
        this.journal = journal;
        this.horloge = horloge;
    }

    /** The binding of a passkey (by email only when nobody recorded a check). */
    @Systeme
    @Transactional(readOnly = true)
    public Enrolement de(String credentialId, UUID compteId) {
        return jdbc.sql("select * from enrolement_cle where credential_id = :id").param("id", credentialId)
                .query((rs, n) -> new Enrolement(credentialId, rs.getObject("compte_id", UUID.class),
                        Enrolement.Niveau.valueOf(rs.getString("niveau")), rs.getObject("conseiller_id", UUID.class),
                        rs.getObject("rendez_vous_id", UUID.class),
                        rs.getString("piece_controlee") == null ? null
                                : Enrolement.PieceIdentite.valueOf(rs.getString("piece_controlee")),
                        rs.getTimestamp("verifie_le") == null ? null : rs.getTimestamp("verifie_le").toInstant()))
                .optional().orElseGet(() -> Enrolement.parCourriel(credentialId, compteId));
    }

    /** The passkeys of the person met at this held rendez-vous; only its conseiller may ask. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional(readOnly = true)
    public List<CleDeLaPersonne> clesDeLaPersonne(UUID rendezVousId) {
        var rdv = exigerMonRendezVousTenu(rendezVousId);
        return clesDuCompte(rdv.compteBeneficiaire()).stream()
                .map(c -> new CleDeLaPersonne(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
                        de(c.getCredentialId().toBase64UrlString(), rdv.compteBeneficiaire()).niveau()))
                .toList();
    }

    /**
     * Records that the conseiller of this held rendez-vous checked the identity document of the person met, for
     * one of the person's passkeys; journaled as evidence ({@link ActePreuve#IDENTITE_VERIFIEE}).
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public Enrolement verifierIdentite(UUID rendezVousId, String credentialId, Enrolement.PieceIdentite piece) {
        var rdv = exigerMonRendezVousTenu(rendezVousId);
        if (piece == null) {
            throw new SignatureRefusee(SignatureRefusee.Motif.PAS_SIGNATAIRE);
        }
        var cle = clesDuCompte(rdv.compteBeneficiaire()).stream()
                .filter(c -> c.getCredentialId().toBase64UrlString().equals(credentialId)).findFirst()
                .orElseThrow(() -> new SignatureRefusee(SignatureRefusee.Motif.CLE_D_UN_AUTRE));
        var moi = comptes.exigerCompteConnecte().id();
        var le = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        var enrolement = new Enrolement(credentialId, rdv.compteBeneficiaire(), Enrolement.Niveau.IDENTITE_VERIFIEE,
                moi, rendezVousId, piece, le);
        jdbc.sql("""
                insert into enrolement_cle (credential_id, compte_id, niveau, conseiller_id, rendez_vous_id,
                    piece_controlee, verifie_le)
                values (:id, :compte, 'IDENTITE_VERIFIEE', :conseiller, :rdv, :piece, :le)
                on conflict (credential_id) do update set niveau = excluded.niveau,
                    conseiller_id = excluded.conseiller_id, rendez_vous_id = excluded.rendez_vous_id,
                    piece_controlee = excluded.piece_controlee, verifie_le = excluded.verifie_le
                """).param("id", credentialId).param("compte", rdv.compteBeneficiaire()).param("conseiller", moi)
                .param("rdv", rendezVousId).param("piece", piece.name()).param("le", java.sql.Timestamp.from(le))
                .update();
        journal.ajouter(new JournalPreuves.Acte("ENROLEMENT", rendezVousId, 0, ActePreuve.IDENTITE_VERIFIEE, moi,
                RoleSignataire.CONSEILLER, null, null, null, null, null, credentialId,
                cle.getPublicKey() == null ? null : JsonCanonique.b64url(cle.getPublicKey().getBytes()), null, null,
                enrolement.json(), null));
        return enrolement;
    }

    private RendezVousTenus.RendezVousTenu exigerMonRendezVousTenu(UUID rendezVousId) {
        var moi = comptes.exigerCompteConnecte().id();
        var rdv = rendezVous.tenu(rendezVousId).orElseThrow(() -> new Introuvable());
        if (!rdv.conseillerId().equals(moi)) {
            throw new AccessDeniedException("Seul le conseiller du rendez-vous tenu vérifie l’identité");
        }
        if (rdv.compteBeneficiaire() == null) {
            throw new Introuvable();
        }
        return rdv;
    }

    private List<org.springframework.security.web.webauthn.api.CredentialRecord> clesDuCompte(UUID compteId) {
        var compte = comptes.parId(compteId).orElse(null);
        if (compte == null) {
            return List.of();
        }
        var utilisateur = utilisateurs.findByUsername(compte.email());
        return utilisateur == null ? List.of() : cles.findByUserId(utilisateur.getId());
    }
}
