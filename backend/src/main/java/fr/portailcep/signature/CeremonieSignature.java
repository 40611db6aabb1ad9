package fr.portailcep.signature;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.OriginesCeremonies;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The signing ceremony, the same for the person and the conseiller (issue 10). {@link #preparer} freezes the current
 * version in a {@link Manifeste} and stores an intent whose WebAuthn challenge is the manifest's SHA-256, valid five
 * minutes, for this signer's passkeys only; {@link #signer} verifies the assertion with webauthn4j against the
 * STORED manifest and records the act: an evidence entry, then the owner's {@link DocumentsASigner#signe}, then the
 * seal when every signer has signed. Any refusal ({@link SignatureRefusee}) rolls everything back: nothing is
 * recorded as signed.
 * <p>
 * Without a passkey on the device, the person may ask a one-time code by email ({@link #demanderCode},
 * {@link #signerParCode}: weaker, said so in the evidence), or choose paper ({@link #demanderPapier}). The paper path
 * for the conseiller: {@link #copiePapier}, {@link #deposerScan}, then {@link #preparerAttestation} and
 * {@link #signer} with the conseiller's own passkey (decision {@code ATTESTE_PAPIER}).
 */
@Service
public class CeremonieSignature {

    private static final Logger LOG = LoggerFactory.getLogger(CeremonieSignature.class);

    /** How long an intent (and its challenge) may be used. */
    public static final Duration VALIDITE = Duration.ofMinutes(5);
    /** How long a one-time code may be used, and how many wrong tries end it. */
    public static final Duration VALIDITE_CODE = Duration.ofMinutes(10);
    public static final int ESSAIS_CODE = 5;
    /** The largest scan of a paper signature. */
    public static final int TAILLE_MAX_SCAN = 10 * 1024 * 1024;
    /** The longest reason of a refusal. */
    public static final int LONGUEUR_MOTIF = 1000;

    private static final Tika TIKA = new Tika();
    private static final Set<String> TYPES_SCAN = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final SecureRandom ALEA = new SecureRandom();
    private static final BCryptPasswordEncoder HACHAGE_CODE = new BCryptPasswordEncoder(8);

    private final Map<String, DocumentsASigner> documents;
    private final JdbcClient jdbc;
    private final JournalPreuves journal;
    private final Enrolements enrolements;
    private final CompteService comptes;
    private final PublicKeyCredentialUserEntityRepository utilisateurs;
    private final UserCredentialRepository cles;
    private final ObjectProvider<OriginesCeremonies> origines;
    private final ObjectProvider<Scellement> scellement;
    private final ObjectProvider<CopiePapier> copiePapier;
    private final Courrier courrier;
    private final PolitiqueAcces politique;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final Clock horloge;
    private final String rpId;
    private final WebAuthnManager webAuthn;
    private final ObjectConverter conversion = new ObjectConverter();

    CeremonieSignature(List<DocumentsASigner> documents, JdbcClient jdbc, JournalPreuves journal,
            Enrolements enrolements, CompteService comptes, PublicKeyCredentialUserEntityRepository utilisateurs,
            UserCredentialRepository cles, ObjectProvider<OriginesCeremonies> origines, ObjectProvider<Scellement> scellement,
            ObjectProvider<CopiePapier> copiePapier, Courrier courrier, PolitiqueAcces politique, Textes textes, UrlPublique urlPublique,
            Clock horloge, @Value("${portail.webauthn.rp-id:localhost}") String rpId) {
        this.documents = documents.stream().collect(Collectors.toMap(DocumentsASigner::sorte, Function.identity()));
        this.jdbc = jdbc;
        this.journal = journal;
        this.enrolements = enrolements;
        this.comptes = comptes;
        this.utilisateurs = utilisateurs;
        this.cles = cles;
        this.origines = origines;
        this.scellement = scellement;
        this.copiePapier = copiePapier;
        this.courrier = courrier;
        this.politique = politique;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
        this.rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId;
        this.webAuthn = WebAuthnManager.createNonStrictWebAuthnManager(conversion);
    }

    // ------------------------------------------------------------------ reading

    /** The "lu et approuvé" consent, exactly as shown and written into the manifest. */
    @PreAuthorize("isAuthenticated()")
    public String consentement() {
        return textes.get("signature.consentement");
    }

    /**
     * The current version of a document, for one of its signers (the owner refuses anyone else as if it did not
     * exist).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentASigner document(String sorte, UUID documentId) {
        var doc = port(sorte).aSigner(documentId);
        if (doc.beneficiaireId() != null) {
            // A member of staff reading the person's document is journaled; the person themself is not.
            politique.exigerLecture(doc.beneficiaireId(), ActionAudit.LECTURE_DOSSIER, "document " + documentId);
        }
        return doc;
    }

    /** Where the signer signed in stands on the current version (empty when they are not one of its signers). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<DocumentASigner.Signataire> maPlace(String sorte, UUID documentId) {
        var moi = comptes.exigerCompteConnecte();
        return port(sorte).aSigner(documentId).signataires().stream().filter(s -> moi.id().equals(s.compteId()))
                .findFirst();
    }

    /** Whether the signer signed in has at least one passkey (else the screen offers the code and paper first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean aUneCle() {
        return !mesCles(comptes.exigerCompteConnecte()).isEmpty();
    }

    /** The evidence entries of one version, in order (for the signer's own screen and the seal). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EntreePreuve> preuves(String sorte, UUID documentId) {
        var doc = port(sorte).aSigner(documentId);
        return journal.duDocument(sorte, documentId, doc.version());
    }

    // ------------------------------------------------------------------ the passkey ceremony

    /**
     * Freezes the current version for the signer signed in and returns the options of
     * {@code navigator.credentials.get}: challenge = SHA-256 of the manifest, this signer's passkeys only, user
     * verification required, five minutes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public OptionsCeremonie preparer(String sorte, UUID documentId) {
        var moi = comptes.exigerCompteConnecte();
        var doc = port(sorte).aSigner(documentId);
        var place = exigerAttendu(doc, moi);
        return intention(doc, moi, place.role(), Manifeste.Decision.APPROUVE, doc.empreinte(), null, null);
    }

    /**
     * Verifies an assertion ({@code PublicKeyCredential.toJSON()}) for an intent of the signer signed in and records
     * the act. Refused, with nothing recorded, when: the intent is not theirs, used or expired; the passkey is not
     * one of theirs; the assertion does not verify (origin, rpId, challenge recomputed from the stored manifest,
     * signature, counter); user presence or verification is absent; the version is no longer current or its bytes
     * changed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ActeEnregistre signer(UUID intentionId, String credentialJson) {
        var moi = comptes.exigerCompteConnecte();
        var intention = intentionUtilisable(intentionId, moi);
        var reponse = lireReponse(credentialJson);
        if (!intention.clesAutorisees().contains(reponse.credentialId())) {
            throw new SignatureRefusee(SignatureRefusee.Motif.CLE_D_UN_AUTRE);
        }
        var cle = cles.findByCredentialId(Bytes.fromBase64(reponse.credentialId()));
        if (cle == null || !proprietaire(cle, moi)) {
            throw new SignatureRefusee(SignatureRefusee.Motif.CLE_D_UN_AUTRE);
        }
        var doc = port(intention.sorte()).aSigner(intention.documentId());
        var manifeste = intention.manifeste();
        exigerVersionCourante(doc, intention, manifeste);
        var place = exigerAttendu(doc, moi);

        var verifie = verifier(intention, reponse, cle);
        marquerUtilisee(intention.id());
        var enrolement = enrolements.de(reponse.credentialId(), moi.id());
        var attestation = intention.decision() == Manifeste.Decision.ATTESTE_PAPIER;
        var entree = journal.ajouter(new JournalPreuves.Acte(intention.sorte(), intention.documentId(),
                intention.version(), attestation ? ActePreuve.ATTESTATION_PAPIER : ActePreuve.SIGNATURE, moi.id(),
                intention.role(), attestation ? MethodeSignature.PAPIER : MethodeSignature.CLE_ACCES, manifeste,
                reponse.clientDataJson(), reponse.authenticatorData(), reponse.signature(), reponse.credentialId(),
                JsonCanonique.b64url(cle.getPublicKey().getBytes()), verifie.flags(), verifie.compteur(),
                enrolement.json(), attestation ? detailScan(intention.scanId(), doc) : null));
        cles.save(ImmutableCredentialRecord.fromCredentialRecord(cle).signatureCount(verifie.compteur())
                .lastUsed(horloge.instant()).build());
        var le = entree.horodatage();
        if (attestation) {
            for (var role : scan(intention.scanId()).surPapier()) {
                for (var s : doc.signataires()) {
                    if (s.role() == role && s.etat() != DocumentASigner.EtatSignataire.SIGNE) {
                        port(intention.sorte()).signe(doc.id(), doc.version(), s.role(), s.compteId(),
                                MethodeSignature.PAPIER, le, entree.numero());
                    }
                }
            }
            jdbc.sql("update scan_papier set atteste_le = :le where id = :id").param("le", Timestamp.from(le))
                    .param("id", intention.scanId()).update();
        } else {
            port(intention.sorte()).signe(doc.id(), doc.version(), place.role(), moi.id(), MethodeSignature.CLE_ACCES,
                    le, entree.numero());
        }
        return new ActeEnregistre(entree.numero(), scellerSiComplet(intention.sorte(), doc.id(), doc.version()));
    }

    // ------------------------------------------------------------------ one-time code by email

    /**
     * Sends a one-time code (6 digits, hashed at rest, ten minutes, five tries) by email for an intent of the
     * signer signed in; one code per intent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void demanderCode(UUID intentionId) {
        var moi = comptes.exigerCompteConnecte();
        var intention = intentionUtilisable(intentionId, moi);
        if (intention.decision() != Manifeste.Decision.APPROUVE || intention.codeHache() != null) {
            throw new SignatureRefusee(SignatureRefusee.Motif.CODE_INDISPONIBLE);
        }
        var code = String.format("%06d", ALEA.nextInt(1_000_000));
        var maintenant = horloge.instant();
        int n = jdbc.sql("""
                update intention_signature set code_hache = :hache, code_expire_le = :expire
                where id = :id and code_hache is null and not utilisee
                """).param("hache", HACHAGE_CODE.encode(code))
                .param("expire", Timestamp.from(maintenant.plus(VALIDITE_CODE))).param("id", intentionId).update();
        if (n != 1) {
            throw new SignatureRefusee(SignatureRefusee.Motif.CODE_INDISPONIBLE);
        }
        var doc = port(intention.sorte()).aSigner(intention.documentId());
        courrier.deposer(Courriel.a(moi.email())
                .sujet(textes.get("signature.courriel.code.sujet"))
                .salutation(textes.get("courriel.bonjour", moi.prenom()))
                .paragraphe(textes.get("signature.courriel.code.texte", doc.titre(), doc.version()))
                .code(code)
                .paragraphe(textes.get("signature.courriel.code.validite", VALIDITE_CODE.toMinutes()))
                .paragraphe(textes.get("signature.courriel.code.pasvous"))
                .cleIdempotence("signature-code-" + intentionId));
    }

    /**
     * Approves with the one-time code; recorded as {@link MethodeSignature#CODE_COURRIEL}, a weaker method. A wrong
     * code is counted even though it is refused ({@code noRollbackFor}): every refusal here is thrown before any
     * other write.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = SignatureRefusee.class)
    public ActeEnregistre signerParCode(UUID intentionId, String code) {
        var moi = comptes.exigerCompteConnecte();
        var intention = intentionUtilisable(intentionId, moi);
        if (intention.codeHache() == null) {
            throw new SignatureRefusee(SignatureRefusee.Motif.CODE_INDISPONIBLE);
        }
        if (intention.codeEssais() >= ESSAIS_CODE || intention.codeExpireLe().isBefore(horloge.instant())) {
            throw new SignatureRefusee(SignatureRefusee.Motif.CODE_EPUISE);
        }
        var propre = code == null ? "" : code.strip();
        if (!propre.matches("[0-9]{6}") || !HACHAGE_CODE.matches(propre, intention.codeHache())) {
            // The failed try is counted even though the refusal is thrown (noRollbackFor).
            jdbc.sql("update intention_signature set code_essais = code_essais + 1 where id = :id")
                    .param("id", intentionId).update();
            var restants = Math.max(ESSAIS_CODE - intention.codeEssais() - 1, 0);
            throw new SignatureRefusee(restants == 0 ? SignatureRefusee.Motif.CODE_EPUISE
                    : SignatureRefusee.Motif.CODE_FAUX, restants);
        }
        var doc = port(intention.sorte()).aSigner(intention.documentId());
        exigerVersionCourante(doc, intention, intention.manifeste());
        var place = exigerAttendu(doc, moi);
        marquerUtilisee(intention.id());
        var entree = journal.ajouter(new JournalPreuves.Acte(intention.sorte(), intention.documentId(),
                intention.version(), ActePreuve.CODE_COURRIEL, moi.id(), place.role(), MethodeSignature.CODE_COURRIEL,
                intention.manifeste(), null, null, null, null, null, null, null,
                JsonCanonique.objet().avec("niveau", "EMAIL_SEUL").avec("compteId", moi.id().toString()).texte(),
                JsonCanonique.objet().avec("methode", "CODE_COURRIEL").avec("essais", (long) intention.codeEssais() + 1)
                        .texte()));
        port(intention.sorte()).signe(doc.id(), doc.version(), place.role(), moi.id(), MethodeSignature.CODE_COURRIEL,
                entree.horodatage(), entree.numero());
        return new ActeEnregistre(entree.numero(), scellerSiComplet(intention.sorte(), doc.id(), doc.version()));
    }

    // ------------------------------------------------------------------ refusal and paper

    /** Refuses the current version, with a reason (required) that goes back to the conseiller; journaled. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long refuser(String sorte, UUID documentId, String motif) {
        var moi = comptes.exigerCompteConnecte();
        var doc = port(sorte).aSigner(documentId);
        var place = exigerAttendu(doc, moi);
        // A reason with control or direction characters is refused beside the field, what was typed stays.
        var propre = Saisies.texte("motif", motif, LONGUEUR_MOTIF);
        if (propre == null || propre.isBlank()) {
            throw new SignatureRefusee(SignatureRefusee.Motif.MOTIF_REQUIS);
        }
        var entree = journal.ajouter(new JournalPreuves.Acte(sorte, documentId, doc.version(), ActePreuve.REFUS,
                moi.id(), place.role(), null, null, null, null, null, null, null, null, null, null,
                JsonCanonique.objet().avec("motif", propre).avec("empreinteDocument", doc.empreinte()).texte()));
        port(sorte).refuse(documentId, doc.version(), place.role(), moi.id(), propre, entree.horodatage(),
                entree.numero());
        prevenirLesAutres(doc, moi, "signature.courriel.refus.sujet", "signature.courriel.refus.texte", propre);
        return entree.numero();
    }

    /** Asks to sign the current version on paper; journaled, and the conseiller is told. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long demanderPapier(String sorte, UUID documentId) {
        var moi = comptes.exigerCompteConnecte();
        var doc = port(sorte).aSigner(documentId);
        var place = exigerAttendu(doc, moi);
        var entree = journal.ajouter(new JournalPreuves.Acte(sorte, documentId, doc.version(),
                ActePreuve.PAPIER_DEMANDE, moi.id(), place.role(), null, null, null, null, null, null, null, null,
                null, null, JsonCanonique.objet().avec("empreinteDocument", doc.empreinte()).texte()));
        port(sorte).papierDemande(documentId, doc.version(), place.role(), moi.id(), entree.horodatage(),
                entree.numero());
        prevenirLesAutres(doc, moi, "signature.courriel.papier.sujet", "signature.courriel.papier.texte", "");
        return entree.numero();
    }

    /** The printed copy of the current version (footer with id, version, short hash, QR code), for its conseiller. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional(readOnly = true)
    public byte[] copiePapier(String sorte, UUID documentId) {
        var moi = comptes.exigerCompteConnecte();
        var doc = port(sorte).aSigner(documentId);
        exigerConseillerDe(doc, moi);
        var imprimante = copiePapier.getIfAvailable();
        return imprimante == null ? doc.pdf() : imprimante.imprimer(doc, lienVerification(doc));
    }

    /**
     * Keeps the scan of the version signed by hand (PDF, JPEG or PNG by its content, {@link #TAILLE_MAX_SCAN} at
     * most), hashed, with which signers signed on paper; journaled. The conseiller then attests it with their own
     * passkey ({@link #preparerAttestation}).
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public UUID deposerScan(String sorte, UUID documentId, String nom, byte[] contenu, Set<RoleSignataire> surPapier) {
        var moi = comptes.exigerCompteConnecte();
        var doc = port(sorte).aSigner(documentId);
        exigerConseillerDe(doc, moi);
        if (contenu == null || contenu.length == 0 || contenu.length > TAILLE_MAX_SCAN
                || !TYPES_SCAN.contains(TIKA.detect(contenu))) {
            throw new SignatureRefusee(SignatureRefusee.Motif.SCAN_REFUSE, TAILLE_MAX_SCAN / (1024 * 1024));
        }
        if (surPapier == null || surPapier.isEmpty()) {
            throw new SignatureRefusee(SignatureRefusee.Motif.SCAN_ABSENT);
        }
        var id = UUID.randomUUID();
        var empreinte = JsonCanonique.sha256Hex(contenu);
        var roles = surPapier.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        var nomPropre = Saisies.assainir(nom, 200);
        jdbc.sql("""
                insert into scan_papier (id, sorte, document_id, version, depose_par, nom, type_mime, contenu,
                    empreinte, signataires_papier, depose_le)
                values (:id, :sorte, :document, :version, :par, :nom, :type, :contenu, :empreinte, :roles, :le)
                """).param("id", id).param("sorte", sorte).param("document", documentId).param("version", doc.version())
                .param("par", moi.id()).param("nom", nomPropre == null || nomPropre.isBlank() ? "scan" : nomPropre)
                .param("type", TIKA.detect(contenu)).param("contenu", contenu).param("empreinte", empreinte)
                .param("roles", roles).param("le", Timestamp.from(horloge.instant())).update();
        journal.ajouter(new JournalPreuves.Acte(sorte, documentId, doc.version(), ActePreuve.SCAN_PAPIER, moi.id(),
                RoleSignataire.CONSEILLER, null, null, null, null, null, null, null, null, null, null,
                detailScan(id, doc)));
        return id;
    }

    /**
     * Freezes the attestation of a scan by the conseiller: the manifest's {@code empreinteDocument} is the scan's
     * SHA-256, {@code empreinteVersion} the printed version's; the decision is {@code ATTESTE_PAPIER}. Then
     * {@link #signer} with the conseiller's passkey.
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public OptionsCeremonie preparerAttestation(UUID scanId) {
        var moi = comptes.exigerCompteConnecte();
        var scan = scan(scanId);
        var doc = port(scan.sorte()).aSigner(scan.documentId());
        var moiSignataire = exigerConseillerDe(doc, moi);
        if (doc.version() != scan.version()) {
            throw new SignatureRefusee(SignatureRefusee.Motif.VERSION_REMPLACEE);
        }
        return intention(doc, moi, moiSignataire.role(), Manifeste.Decision.ATTESTE_PAPIER, scan.empreinte(),
                doc.empreinte(), scanId);
    }

    /** The scans kept for the current version of a document (its conseiller only). */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional(readOnly = true)
    public List<ScanPapier> scans(String sorte, UUID documentId) {
        var moi = comptes.exigerCompteConnecte();
        var doc = port(sorte).aSigner(documentId);
        exigerConseillerDe(doc, moi);
        return jdbc.sql("select id from scan_papier where sorte = :sorte and document_id = :document "
                + "and version = :version order by depose_le").param("sorte", sorte).param("document", documentId)
                .param("version", doc.version()).query(UUID.class).list().stream().map(this::scan).toList();
    }

    /** A scan of a paper signature, without its bytes. */
    public record ScanPapier(UUID id, String sorte, UUID documentId, int version, String nom, String typeMime,
            String empreinte, Set<RoleSignataire> surPapier, Instant deposeLe, Instant attesteLe) {
    }

    // ------------------------------------------------------------------ inside

    private record Intention(UUID id, String sorte, UUID documentId, int version, UUID compteId, RoleSignataire role,
            Manifeste.Decision decision, String manifeste, String challenge, List<String> clesAutorisees,
            Instant expireLe, boolean utilisee, UUID scanId, String codeHache, Instant codeExpireLe, int codeEssais) {
    }

    private record Reponse(String credentialId, String clientDataJson, String authenticatorData, String signature,
            String userHandle) {
    }

    private record Verifie(int flags, long compteur) {
    }

    private OptionsCeremonie intention(DocumentASigner doc, Compte moi, RoleSignataire role,
            Manifeste.Decision decision, String empreinteDocument, String empreinteVersion, UUID scanId) {
        var mesCles = mesCles(moi).stream().map(c -> c.getCredentialId().toBase64UrlString()).toList();
        var emis = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        var nonce = new byte[32];
        ALEA.nextBytes(nonce);
        var manifeste = new Manifeste(doc.sorte(), doc.type(), doc.id(), doc.version(), empreinteDocument, moi.id(),
                moi.nomAffiche(), role, consentement(), decision, JsonCanonique.b64url(nonce), emis,
                emis.plus(VALIDITE), rpId, origine(), empreinteVersion);
        var texte = manifeste.texte();
        var challenge = JsonCanonique.b64url(Manifeste.challengeDe(texte));
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into intention_signature (id, sorte, document_id, version, compte_id, role, decision,
                    manifeste, challenge, cles_autorisees, cree_le, expire_le, scan_id)
                values (:id, :sorte, :document, :version, :compte, :role, :decision, :manifeste, :challenge, :cles,
                    :cree, :expire, :scan)
                """).param("id", id).param("sorte", doc.sorte()).param("document", doc.id())
                .param("version", doc.version()).param("compte", moi.id()).param("role", role.name())
                .param("decision", decision.name()).param("manifeste", texte).param("challenge", challenge)
                .param("cles", String.join(" ", mesCles)).param("cree", Timestamp.from(horloge.instant()))
                .param("expire", Timestamp.from(emis.plus(VALIDITE))).param("scan", scanId).update();
        return new OptionsCeremonie(id, challenge, rpId, mesCles, "required", VALIDITE.toMillis(), texte);
    }

    private Intention intentionUtilisable(UUID intentionId, Compte moi) {
        var intention = jdbc.sql("select * from intention_signature where id = :id").param("id", intentionId)
                .query((rs, n) -> new Intention(rs.getObject("id", UUID.class), rs.getString("sorte"),
                        rs.getObject("document_id", UUID.class), rs.getInt("version"),
                        rs.getObject("compte_id", UUID.class), RoleSignataire.valueOf(rs.getString("role")),
                        Manifeste.Decision.valueOf(rs.getString("decision")), rs.getString("manifeste"),
                        rs.getString("challenge"), Arrays.stream(rs.getString("cles_autorisees").split(" "))
                                .filter(s -> !s.isBlank()).toList(),
                        rs.getTimestamp("expire_le").toInstant(), rs.getBoolean("utilisee"),
                        rs.getObject("scan_id", UUID.class), rs.getString("code_hache"),
                        rs.getTimestamp("code_expire_le") == null ? null
                                : rs.getTimestamp("code_expire_le").toInstant(),
                        rs.getInt("code_essais")))
                .optional().orElseThrow(() -> new SignatureRefusee(SignatureRefusee.Motif.PAS_SIGNATAIRE));
        if (!intention.compteId().equals(moi.id())) {
            throw new SignatureRefusee(SignatureRefusee.Motif.PAS_SIGNATAIRE);
        }
        if (intention.utilisee()) {
            throw new SignatureRefusee(SignatureRefusee.Motif.DEJA_UTILISEE);
        }
        if (!horloge.instant().isBefore(intention.expireLe())) {
            throw new SignatureRefusee(SignatureRefusee.Motif.EXPIREE);
        }
        return intention;
    }

    /** Single use: the intent turns used only if it was not (two concurrent ceremonies: one wins). */
    private void marquerUtilisee(UUID intentionId) {
        int n = jdbc.sql("update intention_signature set utilisee = true, utilisee_le = :le "
                + "where id = :id and utilisee = false").param("le", Timestamp.from(horloge.instant()))
                .param("id", intentionId).update();
        if (n != 1) {
            throw new SignatureRefusee(SignatureRefusee.Motif.DEJA_UTILISEE);
        }
    }

    /** The manifest's version must be the current one, and its bytes the same as when the challenge was issued. */
    private void exigerVersionCourante(DocumentASigner doc, Intention intention, String texteManifeste) {
        if (doc.version() != intention.version()) {
            throw new SignatureRefusee(SignatureRefusee.Motif.VERSION_REMPLACEE);
        }
        var empreinte = intention.decision() == Manifeste.Decision.ATTESTE_PAPIER
                ? champ(texteManifeste, "empreinteVersion") : champ(texteManifeste, "empreinteDocument");
        if (!doc.empreinte().equals(empreinte) || !doc.empreinte().equals(JsonCanonique.sha256Hex(doc.pdf()))) {
            throw new SignatureRefusee(SignatureRefusee.Motif.DOCUMENT_CHANGE);
        }
        if (intention.decision() == Manifeste.Decision.ATTESTE_PAPIER
                && !scan(intention.scanId()).empreinte().equals(champ(texteManifeste, "empreinteDocument"))) {
            throw new SignatureRefusee(SignatureRefusee.Motif.DOCUMENT_CHANGE);
        }
    }

    private Verifie verifier(Intention intention, Reponse reponse, CredentialRecord cle) {
        try {
            COSEKey coseKey = conversion.getCborConverter().readValue(cle.getPublicKey().getBytes(), COSEKey.class);
            var donnees = new AttestedCredentialData(AAGUID.ZERO, cle.getCredentialId().getBytes(), coseKey);
            var enregistrement = new CredentialRecordImpl(null, cle.isUvInitialized(), cle.isBackupEligible(),
                    cle.isBackupState(), cle.getSignatureCount(), donnees, null, null, null, null);
            var challenge = new DefaultChallenge(Manifeste.challengeDe(intention.manifeste()));
            Set<Origin> permises = originesPermises().stream().map(Origin::new).collect(Collectors.toSet());
            var serveur = new ServerProperty(permises, rpId, challenge);
            var requete = new AuthenticationRequest(JsonCanonique.depuisB64url(reponse.credentialId()),
                    reponse.userHandle() == null ? null : JsonCanonique.depuisB64url(reponse.userHandle()),
                    JsonCanonique.depuisB64url(reponse.authenticatorData()),
                    JsonCanonique.depuisB64url(reponse.clientDataJson()), null,
                    JsonCanonique.depuisB64url(reponse.signature()));
            var parametres = new AuthenticationParameters(serveur, enregistrement,
                    List.of(cle.getCredentialId().getBytes()), true, true);
            var resultat = webAuthn.verify(requete, parametres);
            var donneesAuth = resultat.getAuthenticatorData();
            return new Verifie(donneesAuth.getFlags() & 0xff, donneesAuth.getSignCount());
        } catch (UserNotVerifiedException e) {
            throw new SignatureRefusee(SignatureRefusee.Motif.VERIFICATION_ABSENTE);
        } catch (UserNotPresentException e) {
            throw new SignatureRefusee(SignatureRefusee.Motif.PRESENCE_ABSENTE);
        } catch (VerificationException | com.webauthn4j.converter.exception.DataConversionException
                | IllegalArgumentException e) {
            LOG.info("Assertion refusée pour l’intention {} : {}", intention.id(), e.toString());
            throw new SignatureRefusee(SignatureRefusee.Motif.ASSERTION_INVALIDE);
        }
    }

    @SuppressWarnings("unchecked")
    private Reponse lireReponse(String json) {
        try {
            Map<String, Object> racine = conversion.getJsonConverter().readValue(json, Map.class);
            var reponse = (Map<String, Object>) racine.get("response");
            var id = (String) racine.get("id");
            if (id == null || reponse == null || !"public-key".equals(racine.get("type"))) {
                throw new SignatureRefusee(SignatureRefusee.Motif.ASSERTION_INVALIDE);
            }
            return new Reponse(id, (String) reponse.get("clientDataJSON"), (String) reponse.get("authenticatorData"),
                    (String) reponse.get("signature"), (String) reponse.get("userHandle"));
        } catch (RuntimeException e) {
            if (e instanceof SignatureRefusee refus) {
                throw refus;
            }
            throw new SignatureRefusee(SignatureRefusee.Motif.ASSERTION_INVALIDE);
        }
    }

    private boolean proprietaire(CredentialRecord cle, Compte moi) {
        var utilisateur = utilisateurs.findByUsername(moi.email());
        return utilisateur != null && utilisateur.getId().equals(cle.getUserEntityUserId());
    }

    private List<CredentialRecord> mesCles(Compte moi) {
        var utilisateur = utilisateurs.findByUsername(moi.email());
        return utilisateur == null ? List.of() : cles.findByUserId(utilisateur.getId());
    }

    private DocumentASigner.Signataire exigerAttendu(DocumentASigner doc, Compte moi) {
        return doc.signataires().stream()
                .filter(s -> moi.id().equals(s.compteId()) && s.etat() == DocumentASigner.EtatSignataire.ATTENDU)
                .findFirst().orElseThrow(() -> new SignatureRefusee(SignatureRefusee.Motif.PAS_SIGNATAIRE));
    }

    private DocumentASigner.Signataire exigerConseillerDe(DocumentASigner doc, Compte moi) {
        return doc.signataires().stream()
                .filter(s -> moi.id().equals(s.compteId()) && s.role() == RoleSignataire.CONSEILLER)
                .findFirst().orElseThrow(() -> new SignatureRefusee(SignatureRefusee.Motif.PAS_SIGNATAIRE));
    }

    private boolean scellerSiComplet(String sorte, UUID documentId, int version) {
        var doc = port(sorte).aSignerPourLeSysteme(documentId);
        if (doc.version() != version || doc.signataires().isEmpty() || !doc.signataires().stream()
                .allMatch(s -> s.etat() == DocumentASigner.EtatSignataire.SIGNE)) {
            return false;
        }
        var sceau = scellement.getIfAvailable();
        if (sceau == null) {
            LOG.warn("Aucun Scellement : {} {} v{} signé par tous reste sans cachet", sorte, documentId, version);
            return false;
        }
        var pdf = sceau.sceller(doc, journal.duDocument(sorte, documentId, version));
        port(sorte).scelle(documentId, version, pdf, horloge.instant());
        return true;
    }

    private void prevenirLesAutres(DocumentASigner doc, Compte moi, String sujet, String texte, String motif) {
        for (var s : doc.signataires()) {
            if (s.role() != RoleSignataire.CONSEILLER || moi.id().equals(s.compteId())) {
                continue;
            }
            comptes.parId(s.compteId()).ifPresent(c -> courrier.deposer(Courriel.a(c.email())
                    .sujet(textes.get(sujet, doc.titre()))
                    .salutation(textes.get("courriel.bonjour", c.prenom()))
                    .paragraphe(textes.get(texte, moi.nomAffiche(), doc.titre(), doc.version(), motif))
                    .bouton(textes.get("signature.courriel.bouton"),
                            urlPublique.lien("/espace-pro/signer/" + doc.id() + "?sorte=" + doc.sorte()))));
        }
    }

    private String lienVerification(DocumentASigner doc) {
        return urlPublique.lien("/verifier/" + doc.id());
    }

    private Set<String> originesPermises() {
        var web = origines.getIfAvailable();
        if (web != null) {
            return web.origines();
        }
        if (!urlPublique.estDefinie()) {
            return Set.of();
        }
        var base = java.net.URI.create(urlPublique.base());
        return Set.of(base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort()));
    }

    private String origine() {
        var toutes = originesPermises();
        if (urlPublique.estDefinie()) {
            var base = java.net.URI.create(urlPublique.base());
            var origine = base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
            if (toutes.isEmpty() || toutes.contains(origine)) {
                return origine;
            }
        }
        return toutes.stream().sorted().findFirst().orElse(null);
    }

    private ScanPapier scan(UUID scanId) {
        return jdbc.sql("select * from scan_papier where id = :id").param("id", scanId)
                .query((rs, n) -> new ScanPapier(rs.getObject("id", UUID.class), rs.getString("sorte"),
                        rs.getObject("document_id", UUID.class), rs.getInt("version"), rs.getString("nom"),
                        rs.getString("type_mime"), rs.getString("empreinte"),
                        Arrays.stream(rs.getString("signataires_papier").split(",")).map(RoleSignataire::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RoleSignataire.class))),
                        rs.getTimestamp("depose_le").toInstant(),
                        rs.getTimestamp("atteste_le") == null ? null : rs.getTimestamp("atteste_le").toInstant()))
                .optional().orElseThrow(() -> new SignatureRefusee(SignatureRefusee.Motif.SCAN_ABSENT));
    }

    /** The scan in the evidence, with the name of each signer on paper (the report of a verification names them). */
    private String detailScan(UUID scanId, DocumentASigner doc) {
        var scan = scan(scanId);
        var noms = JsonCanonique.objet();
        for (var role : scan.surPapier().stream().sorted().toList()) {
            doc.signataires().stream().filter(s -> s.role() == role).findFirst()
                    .ifPresent(s -> noms.avec(role.name(), s.nom()));
        }
        return JsonCanonique.objet().avec("scanId", scan.id().toString()).avec("empreinteScan", scan.empreinte())
                .avec("typeScan", scan.typeMime())
                .avec("signatairesPapier", scan.surPapier().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")))
                .avec("nomsPapier", noms)
                .texte();
    }

    /** One string field of a canonical manifest, read back (the text is ours: no nested quotes in hashes). */
    static String champ(String texteCanonique, String cle) {
        var marque = "\"" + cle + "\":\"";
        int debut = texteCanonique.indexOf(marque);
        if (debut < 0) {
            return null;
        }
        debut += marque.length();
        return texteCanonique.substring(debut, texteCanonique.indexOf('"', debut));
    }

    private DocumentsASigner port(String sorte) {
        var port = documents.get(sorte);
        if (port == null) {
            throw new fr.portailcep.shared.Introuvable();
        }
        return port;
    }
}
