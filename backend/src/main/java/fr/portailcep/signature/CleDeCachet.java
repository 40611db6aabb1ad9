package fr.portailcep.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The operator's seal key and its certificate chain: from a PKCS#12 file in production, or a self-signed key made
 * on the spot for the demo and the tests, whose subject says plainly that it is worth nothing.
 */
public record CleDeCachet(PrivateKey cle, List<X509Certificate> chaine) {

    /** The subject's common name of every demo seal: the verifier flags it. */
    public static final String NOM_DEMONSTRATION = "Cachet de démonstration — Portail CEP (non valable)";

    public CleDeCachet {
        chaine = List.copyOf(chaine);
    }

    public X509Certificate certificat() {
        return chaine.getFirst();
    }

    /** The first private key of a PKCS#12 file, with its chain. */
    public static CleDeCachet pkcs12(InputStream fichier, char[] motDePasse) {
        try {
            var magasin = KeyStore.getInstance("PKCS12");
            magasin.load(fichier, motDePasse);
            for (var alias : Collections.list(magasin.aliases())) {
                if (magasin.isKeyEntry(alias)) {
                    var chaine = java.util.Arrays.stream(magasin.getCertificateChain(alias))
                            .map(X509Certificate.class::cast).toList();
                    return new CleDeCachet((PrivateKey) magasin.getKey(alias, motDePasse), chaine);
                }
            }
            throw new IllegalArgumentException("Le fichier PKCS#12 du cachet ne contient aucune clé privée.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Le fichier PKCS#12 du cachet est illisible.", e);
        }
    }

    /** A demo seal: EC P-256, self-signed, valid three years from now, named {@link #NOM_DEMONSTRATION}. */
    public static CleDeCachet demonstration(Clock horloge) {
        return autoSignee(NOM_DEMONSTRATION, horloge);
    }

    /** A self-signed seal key with this common name (tests also make a forger's key with it). */
    public static CleDeCachet autoSignee(String nomCommun, Clock horloge) {
        try {
            var generateur = KeyPairGenerator.getInstance("EC");
            generateur.initialize(256);
            var paire = generateur.generateKeyPair();
            X500Name sujet = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, nomCommun)
                    .addRDN(BCStyle.O, "Portail CEP").addRDN(BCStyle.C, "FR").build();
            var debut = horloge.instant().minus(Duration.ofDays(1));
            var constructeur = new JcaX509v3CertificateBuilder(sujet, BigInteger.valueOf(horloge.millis()),
                    Date.from(debut), Date.from(debut.plus(Duration.ofDays(3 * 365))), sujet, paire.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var certificat = new JcaX509CertificateConverter().getCertificate(
                    constructeur.build(new JcaContentSignerBuilder("SHA256withECDSA").build(paire.getPrivate())));
            return new CleDeCachet(paire.getPrivate(), List.of(certificat));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
