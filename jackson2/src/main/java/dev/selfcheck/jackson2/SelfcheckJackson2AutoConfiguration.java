package dev.selfcheck.jackson2;

import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot 3 auto-configuration that gives the application's {@code ObjectMapper} the
 * {@link SelfcheckJackson2Module}: Spring Boot registers every Jackson {@code Module} bean, so a
 * controller that returns an {@code Assessment} writes its canonical JSON, not {@code {}}.
 *
 * <p>An application that declares its own {@link SelfcheckJackson2Module} bean (for example
 * {@code SelfcheckJackson2Module.withQuestionnaires(questionnaire)} to read assessments) keeps
 * it, and this one steps back. Spring Boot 4 applications use {@code selfcheck-jackson3}, which
 * Spring Boot 4 finds without auto-configuration.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@AutoConfiguration
public class SelfcheckJackson2AutoConfiguration {

  /** Created by Spring. */
  public SelfcheckJackson2AutoConfiguration() {}

  /** @return the module, unless the application declares one */
  @Bean
  @ConditionalOnMissingBean
  public SelfcheckJackson2Module selfcheckJackson2Module() {
    return new SelfcheckJackson2Module();
  }
}
