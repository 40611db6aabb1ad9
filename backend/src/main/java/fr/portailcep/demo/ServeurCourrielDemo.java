package fr.portailcep.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Demo only: an SMTP server inside the application, and the portal's mail sender pointed at it. Real SMTP, so
 * the courriels go through the same code as in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "portail.demo.smtp-embarque", havingValue = "true", matchIfMissing = true)
class ServeurCourrielDemo {

    @Bean(destroyMethod = "stop")
    GreenMail serveurSmtpDemo(@Value("${portail.demo.smtp-port:0}") int port) {
        var reglage = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        var serveur = new GreenMail(port == 0 ? reglage.dynamicPort() : reglage);
        serveur.start();
        return serveur;
    }

    @Bean
    BoiteCourrielDemo boiteCourrielDemo(GreenMail serveurSmtpDemo) {
        return new BoiteCourrielDemo(serveurSmtpDemo);
    }

    @Bean
    JavaMailSender expediteurDemo(GreenMail serveurSmtpDemo) {
        var expediteur = new JavaMailSenderImpl();
        expediteur.setHost("127.0.0.1");
        expediteur.setPort(serveurSmtpDemo.getSmtp().getPort());
        expediteur.setDefaultEncoding("UTF-8");
        return expediteur;
    }
}
