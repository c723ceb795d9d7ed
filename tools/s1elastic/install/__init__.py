"""`s1elastic install`: put into Elasticsearch what Kibana Fleet creates for the package, or upload
the built package to Kibana's Fleet.

    assets = build_assets(Package.load(root))            # pipelines, component and index templates
    report = install(EsCluster(client), assets)           # idempotent, version-aware
    upload_package(kibana_url, zip_path, auth=...)         # POST /api/fleet/epm/packages
"""

from s1elastic.install.assets import PackageAssets, StreamAssets, build_assets
from s1elastic.install.cluster import Cluster, DryRunCluster, EsCluster, InstallError
from s1elastic.install.installer import InstallReport, install
from s1elastic.install.kibana import upload_package

__all__ = [
    "Cluster",
    "DryRunCluster",
    "EsCluster",
    "InstallError",
    "InstallReport",
    "PackageAssets",
    "StreamAssets",
    "build_assets",
    "install",
    "upload_package",
]
