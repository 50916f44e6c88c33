package dev.strata.demo.cas;

/**
  * A registered service as the API shows it.
  *
  * @param id the id
  * @param name the service's name
  * @param serviceUrl where the service receives its tickets
  */
public record RegisteredServiceView(Long id, String name, String serviceUrl) {

    static RegisteredServiceView of(RegisteredService service) {
        return new RegisteredServiceView(service.getId(), service.getName(), service.getServiceUrl());
    }
}
