package fr.portailcep.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Work done after a commit without making the person wait (sending a courriel). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsynchroneConfiguration {
}
