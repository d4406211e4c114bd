// Each test here measures latency and recovery while it kills or restarts something; run side by
// side they would load the machine for each other and their figures would mean little.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
